namespace EnvoyGraph.Api.Exports;

/// <summary>RFC 4180 field quoting, plus a guard against spreadsheet formulas in text that came from articles.</summary>
public static class Csv
{
    /// <summary>
    /// The field as it goes in a CSV line: quoted when it holds a comma, quote, CR or LF (quotes doubled).
    /// A cell starting with <c>= + - @</c>, tab or CR gets a leading apostrophe, because spreadsheets would
    /// run it as a formula (OWASP "CSV injection"); our own values (ids, dates, names of modes) never start so.
    /// </summary>
    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0) return value;
        return "\"" + value.Replace("\"", "\"\"") + "\"";
    }

    /// <summary>One CSV line (without its line break) of <paramref name="fields"/>.</summary>
    public static string Line(IEnumerable<string?> fields) => string.Join(',', fields.Select(Field));
}

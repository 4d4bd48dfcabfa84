using System.Text;

namespace EnvoyGraph.Web.Tests.Exports;

/// <summary>
/// A strict RFC 4180 reader for the tests: quoted fields may hold commas, quotes (doubled) and line breaks;
/// a quote inside an unquoted field, text after a closing quote, or an unclosed quote is an error.
/// </summary>
public static class CsvParser
{
    public static List<List<string>> Parse(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        var fieldStarted = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (!fieldStarted && c == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length) throw new FormatException("unclosed quote");
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    field.Append(text[i++]);
                }
                fieldStarted = true;
                if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    throw new FormatException($"text after a closing quote at {i}");
                continue;
            }
            if (c == ',') { row.Add(field.ToString()); field.Clear(); fieldStarted = false; i++; continue; }
            if (c is '\r' or '\n')
            {
                row.Add(field.ToString()); field.Clear(); fieldStarted = false;
                rows.Add(row); row = [];
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                continue;
            }
            if (c == '"') throw new FormatException($"quote inside an unquoted field at {i}");
            field.Append(c);
            fieldStarted = true;
            i++;
        }
        if (fieldStarted || row.Count > 0) { row.Add(field.ToString()); rows.Add(row); }
        return rows;
    }
}

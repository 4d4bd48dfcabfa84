namespace EnvoyGraph.Extraction.Lexicons;

/// <summary>
/// A tab-separated table: `#` starts a comment line, blank lines are skipped, the first other line is the
/// header naming the columns. Every row must have as many cells as the header (trailing empty cells may be
/// left out); errors name the file and line and quote the line.
/// </summary>
internal sealed record TsvTable(string File, IReadOnlyList<string> Columns, IReadOnlyList<TsvRow> Rows)
{
    public static TsvTable Parse(string file, string text, IReadOnlyList<string> expectedColumns)
    {
        var rows = new List<TsvRow>();
        string[]? header = null;
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line.TrimStart().StartsWith('#') || line.Trim().Length == 0) continue;
            var cells = line.Split('\t').Select(c => c.Trim()).ToArray();
            if (header is null)
            {
                header = cells;
                if (!header.SequenceEqual(expectedColumns, StringComparer.OrdinalIgnoreCase))
                    throw new LexiconException(
                        $"{file}:{i + 1}: header '{string.Join("\\t", header)}' should name the columns '{string.Join("\\t", expectedColumns)}'");
                continue;
            }
            if (cells.Length > header.Length)
                throw new LexiconException(
                    $"{file}:{i + 1}: expected {header.Length} tab-separated columns ({string.Join(", ", header)}), found {cells.Length}: '{line}'");
            if (cells[0].Length == 0)
                throw new LexiconException($"{file}:{i + 1}: the first column ({header[0]}) is empty: '{line}'");
            var full = new string[header.Length];
            for (var c = 0; c < full.Length; c++) full[c] = c < cells.Length ? cells[c] : "";
            rows.Add(new TsvRow(i + 1, line, full));
        }
        if (header is null)
            throw new LexiconException($"{file}: no header line; expected '{string.Join("\\t", expectedColumns)}'");
        return new TsvTable(file, header, rows);
    }
}

internal sealed record TsvRow(int Line, string Text, IReadOnlyList<string> Cells)
{
    public string this[int column] => Cells[column];
}

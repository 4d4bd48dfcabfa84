namespace EnvoyGraph.Api.Exports;

/// <summary>The file formats the exports write.</summary>
public enum ExportFormat
{
    /// <summary>One row per meeting (RFC 4180 CSV, UTF-8).</summary>
    Csv,
    /// <summary>Who met whom as GraphML: persons as nodes, one edge per pair of participants per meeting.</summary>
    GraphMl,
    /// <summary>The same graph as GEXF 1.3 with dated edges, for Gephi's timeline.</summary>
    Gexf,
}

/// <summary>File name, media type and parsing of <see cref="ExportFormat"/>.</summary>
public static class ExportFormats
{
    public static string FileName(this ExportFormat format) => format switch
    {
        ExportFormat.Csv => "meetings.csv",
        ExportFormat.GraphMl => "graph.graphml",
        _ => "graph.gexf",
    };

    public static string ContentType(this ExportFormat format) => format switch
    {
        ExportFormat.Csv => "text/csv; charset=utf-8; header=present",
        ExportFormat.GraphMl => "application/graphml+xml; charset=utf-8",
        _ => "application/gexf+xml; charset=utf-8",
    };

    /// <summary>Parses <c>csv</c>, <c>graphml</c> or <c>gexf</c> (case-insensitive).</summary>
    public static bool TryParse(string? text, out ExportFormat format)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "csv": format = ExportFormat.Csv; return true;
            case "graphml": format = ExportFormat.GraphMl; return true;
            case "gexf": format = ExportFormat.Gexf; return true;
            default: format = default; return false;
        }
    }

    /// <summary>The format a file name's extension implies (<c>.csv</c>, <c>.graphml</c>, <c>.gexf</c>), if any.</summary>
    public static bool TryFromFileName(string path, out ExportFormat format) =>
        TryParse(Path.GetExtension(path).TrimStart('.'), out format);
}

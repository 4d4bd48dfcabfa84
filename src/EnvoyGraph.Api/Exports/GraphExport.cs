using EnvoyGraph.Graph;

namespace EnvoyGraph.Api.Exports;

/// <summary>Writes an export of the meetings a filter selects; the HTTP endpoints and <c>envoygraph export</c> both call this.</summary>
public static class GraphExport
{
    /// <summary>Writes <paramref name="format"/> to <paramref name="output"/>; the query has been resolved first (see <see cref="ExportFilter.ResolveAsync"/>).</summary>
    public static Task WriteAsync(ExportFormat format, Stream output, MeetingPages pages, CancellationToken ct = default) => format switch
    {
        ExportFormat.Csv => MeetingsCsvWriter.WriteAsync(output, pages, ct),
        ExportFormat.GraphMl => GraphMlWriter.WriteAsync(output, pages, ct),
        _ => GexfWriter.WriteAsync(output, pages, ct),
    };

    /// <summary>Resolves <paramref name="filter"/> against the store and writes the export.</summary>
    /// <exception cref="ExportFilterException">A filter is bad; nothing has been written.</exception>
    public static async Task WriteAsync(ExportFormat format, Stream output, IGraphReader reader, ExportFilter filter, CancellationToken ct = default)
    {
        var query = await filter.ResolveAsync(reader, ct);
        await WriteAsync(format, output, MeetingFeed.From(reader, query), ct);
    }
}

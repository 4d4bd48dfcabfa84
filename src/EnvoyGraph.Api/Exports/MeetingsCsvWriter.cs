using System.Text;
using EnvoyGraph.Graph.Model;

namespace EnvoyGraph.Api.Exports;

/// <summary>
/// meetings.csv: one row per meeting. Lists about persons (names, ids, countries) are joined with "; ";
/// lists about articles (titles, urls, outlets, evidence) put one article per line inside the cell, so
/// line k of each of those cells is the same article. Fields are quoted per RFC 4180, so every cell
/// parses back intact.
/// </summary>
public static class MeetingsCsvWriter
{
    /// <summary>The header row, in column order.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "meeting_id", "date", "date_precision", "status", "mode", "format", "location",
        "participants", "participant_ids", "countries", "participant_count",
        "article_titles", "article_urls", "outlets", "published", "evidence",
    ];

    public const string PersonSeparator = "; ";
    public const string ArticleSeparator = "\n";

    /// <summary>Writes the header and every meeting of <paramref name="pages"/> to <paramref name="output"/> (UTF-8, no BOM, CRLF rows).</summary>
    public static async Task WriteAsync(Stream output, MeetingPages pages, CancellationToken ct = default)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), bufferSize: 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(Csv.Line(Columns));
        await foreach (var page in pages(true, ct).WithCancellation(ct))
        {
            foreach (var meeting in page)
                await writer.WriteLineAsync(Csv.Line(Row(meeting)));
            // One flush per page: the client sees rows while the next page is read.
            await writer.FlushAsync(ct);
        }
    }

    /// <summary>The cells of one meeting, in <see cref="Columns"/> order, before quoting.</summary>
    public static IReadOnlyList<string?> Row(ExportedMeeting m)
    {
        var persons = m.Participants;
        var reports = m.Reports;
        return
        [
            m.Meeting.Id,
            m.Meeting.Date?.ToString(),
            m.Meeting.Date is { } d ? (d.Day is null ? "month" : "day") : null,
            ExportText.Status(m.Meeting.Status),
            ExportText.Mode(m.Meeting.Mode),
            m.Meeting.Format,
            m.Meeting.Location,
            string.Join(PersonSeparator, persons.Select(p => p.Person.Name)),
            string.Join(PersonSeparator, persons.Select(p => p.Person.Id)),
            string.Join(PersonSeparator, persons.Select(p => p.Country?.Name ?? p.Person.CountryCode ?? "").Distinct().Where(c => c.Length > 0)),
            persons.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            string.Join(ArticleSeparator, reports.Select(r => OneLine(r.Article?.Title))),
            string.Join(ArticleSeparator, reports.Select(r => OneLine(r.Article?.Url))),
            string.Join(ArticleSeparator, reports.Select(r => OneLine(r.Article?.Outlet))),
            string.Join(ArticleSeparator, reports.Select(r => r.Article?.Published?.ToString() ?? "")),
            string.Join(ArticleSeparator, reports.Select(r => OneLine(r.Evidence))),
        ];
    }

    // A line break inside one article's value would shift the article lines of the other cells.
    private static string OneLine(string? value) =>
        value is null ? "" : string.Join(' ', value.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}

using System.Runtime.CompilerServices;
using EnvoyGraph.Api.Exports;
using EnvoyGraph.Extraction.Facts;
using EnvoyGraph.Graph.Model;

namespace EnvoyGraph.Web.Tests.Exports;

/// <summary>In-memory meetings for the writer tests, shaped like the two seed articles plus awkward text.</summary>
public static class ExportSamples
{
    public static readonly Country Korea = new("KR", "South Korea", ["Republic of Korea"]);
    public static readonly Country Japan = new("JP", "Japan", []);
    public static readonly Country Usa = new("US", "United States", ["USA"]);

    public static readonly Person Lee = new("lee-do-hoon", "Lee Do-hoon", [], "KR", "special representative");
    public static readonly Person Kanasugi = new("kenji-kanasugi", "Kenji Kanasugi", [], "JP", null);
    public static readonly Person Yun = new("joseph-yun", "Joseph Yun", [], "US", "nuclear envoy");

    public static readonly Article Herald = new("a1", "https://example.org/nk-envoys", "Nuke envoys of S. Korea, Japan discuss cooperation", "Korea Herald", PartialDate.Parse("2017-10-19"), null, "h1");
    public static readonly Article Awkward = new("a2", null, "Envoys meet, \"again\"; talks go on\nnext week", "Yonhap", PartialDate.Parse("2017-10-20"), null, "h2");

    public static readonly ExportedMeeting Trilateral = new(
        new Meeting("m-tri", PartialDate.Parse("2017-10-18"), MeetingMode.InPerson, MeetingStatus.Held, "trilateral", null),
        [P(Yun), P(Kanasugi), P(Lee)],
        [new("The talks came a day after they had a three-way discussion also involving US nuclear envoy Joseph Yun.", Herald)]);

    public static readonly ExportedMeeting Bilateral = new(
        new Meeting("m-bi", PartialDate.Parse("2017-10-19"), MeetingMode.InPerson, MeetingStatus.Held, "bilateral", "Seoul"),
        [P(Kanasugi), P(Lee)],
        [
            new("Lee Do-hoon had the talks with his Japanese counterpart Kenji Kanasugi.", Herald),
            new("=Lee and Kanasugi met, \"as planned\", in Seoul.", Awkward),
        ]);

    public static readonly ExportedMeeting MonthOnly = new(
        new Meeting("m-month", PartialDate.Parse("2020-04"), MeetingMode.Video, MeetingStatus.Held, "bilateral", null),
        [P(Yun), P(Lee)],
        []);

    public static IReadOnlyList<ExportedMeeting> All => [Trilateral, Bilateral, MonthOnly];

    /// <summary>The meetings as pages of <paramref name="pageSize"/>, counting how often they are read.</summary>
    public static MeetingPages Pages(IReadOnlyList<ExportedMeeting> meetings, int pageSize = 2, Counter? reads = null) =>
        (withReports, ct) => Read(meetings, pageSize, withReports, reads, ct);

    public sealed class Counter { public int Reads; }

    private static async IAsyncEnumerable<IReadOnlyList<ExportedMeeting>> Read(IReadOnlyList<ExportedMeeting> meetings, int pageSize,
        bool withReports, Counter? reads, [EnumeratorCancellation] CancellationToken ct)
    {
        if (reads is not null) reads.Reads++;
        foreach (var chunk in meetings.Chunk(pageSize))
        {
            ct.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return withReports ? chunk : chunk.Select(m => m with { Reports = [] }).ToList();
        }
    }

    private static ExportedParticipant P(Person p) => new(p, p.CountryCode switch { "KR" => Korea, "JP" => Japan, "US" => Usa, _ => null }, p.Role);
}

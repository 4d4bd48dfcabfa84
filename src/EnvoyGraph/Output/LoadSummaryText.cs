using EnvoyGraph.Cli.Loading;

namespace EnvoyGraph.Cli.Output;

/// <summary>What the store holds after a load, when it could be counted.</summary>
public sealed record StoreTotals(int Persons, int Meetings, int Articles);

/// <summary>The summary <c>load</c> (and <c>serve</c>, for its start-up load) prints when it ends.</summary>
public static class LoadSummaryText
{
    public static void Write(TextWriter writer, LoadSummary s, string store, StoreTotals? totals)
    {
        var head = s.Interrupted ? "interrupted after" : "read";
        writer.WriteLine($"{head} {Plural(s.Read, "article")}: {s.New} new, {s.Unchanged} unchanged, {s.Updated} updated, {s.Failed} failed");
        foreach (var f in s.Failures)
            writer.WriteLine($"  failed {f.Source}: {f.Reason}");
        writer.WriteLine($"added {Plural(s.Persons, "person")}, {Plural(s.Meetings, "meeting")}, {Plural(s.Counterparts, "counterpart pair")}");
        if (totals is not null)
            writer.WriteLine($"{store} now holds {Plural(totals.Persons, "person")}, {Plural(totals.Meetings, "meeting")}, {Plural(totals.Articles, "article")}");
    }

    private static string Plural(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n:N0} {noun}s";
}

using EnvoyGraph.Cli.Output;
using EnvoyGraph.Graph;
using EnvoyGraph.Graph.Model;

namespace EnvoyGraph.Cli.Loading;

/// <summary>Counts what a store holds, for summaries and for "is the store empty?".</summary>
public static class StoreCounts
{
    /// <summary>The totals, or null when the store cannot count (a summary line is not worth failing a load for).</summary>
    public static async Task<StoreTotals?> TryCountAsync(IGraphReader store, CancellationToken ct)
    {
        try
        {
            return new StoreTotals(
                await store.CountPersonsAsync(new PersonQuery(), ct),
                await store.CountMeetingsAsync(new MeetingQuery(), ct),
                await store.CountArticlesAsync(new ArticleQuery(), ct));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return null;
        }
    }
}

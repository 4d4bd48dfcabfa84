using EnvoyGraph.Extraction.Facts;

namespace EnvoyGraph.Extraction.Tests;

/// <summary>Runs the extractor on a short article written for a test, with a publication line on top.</summary>
internal static class Extract
{
    public static ArticleFacts From(string published, params string[] paragraphs) =>
        ArticleExtractor.Default.Extract(new ArticleInput("test.txt", $"Published : {published}\n\n" + string.Join("\n\n", paragraphs)));

    public static IEnumerable<string> Meetings(ArticleFacts facts) =>
        facts.Meetings.Select(m => $"{string.Join(" + ", m.Participants.Order())} | {m.Date ?? "null"} | {m.Mode} | {m.Status}");

    public static string? CountryOf(ArticleFacts facts, string name) => facts.Persons.Single(p => p.Name == name).Country;
}

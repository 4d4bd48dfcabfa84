using System.Text.RegularExpressions;
using EnvoyGraph.Extraction.Lexicons;
using EnvoyGraph.Extraction.Mentions;
using EnvoyGraph.Extraction.Reading;

namespace EnvoyGraph.Extraction.Roles;

/// <summary>
/// The city a report is filed from, written before its first words ("MANILA —", "SEOUL, Sept. 26 (Yonhap) --",
/// "KABUL:", "ISLAMABAD/KABUL (Agency) –"). Its country is the one the report speaks from: the officials it
/// names without a nationality are usually that country's.
/// </summary>
internal static partial class Dateline
{
    // How far into the body a dateline may sit (after a headline and a byline).
    private const int Sentences = 4;

    public static string? CountryOf(Lexicon lexicon, ArticleText article, IReadOnlyList<SentenceView> sentences)
    {
        // The reader sets a place stamp ("MANILA — ") apart from the story: it is what precedes a paragraph on its line.
        foreach (var paragraph in article.Body.Take(Sentences))
        {
            var lineStart = paragraph.Offset == 0 ? 0 : article.Text.LastIndexOf('\n', paragraph.Offset - 1) + 1;
            var stamp = article.Text[lineStart..paragraph.Offset].Trim();
            if (stamp.Length is 0 or > 60) continue;
            var tokens = Tokenizer.Tokenize(stamp);
            if (PlaceFinder.Find(lexicon, stamp, tokens).FirstOrDefault() is { Start: 0, Place.Kind: PlaceKind.City } city)
                return city.Place.Country;
        }
        foreach (var view in sentences.Take(Sentences))
        {
            var city = view.Places.FirstOrDefault();
            if (city is null || city.Start != 0 || city.Place.Kind != PlaceKind.City) continue;
            if (After().IsMatch(view.Text[city.End..])) return city.Place.Country;
        }
        return null;
    }

    // A dash or colon, a bracket (the agency, or the country: "Tianjin [China]"), another city after a slash, or a date.
    [GeneratedRegex(@"^(?:/[\p{L} ]{2,30})?(?:\s*\[[^\]]{1,30}\])?\s*(?:[—–:(]|--|-\s|,\s*" + CalendarWords.MonthPattern + @"\b)")]
    private static partial Regex After();
}

using EnvoyGraph.Extraction.Lexicons;
using EnvoyGraph.Extraction.Reading;

namespace EnvoyGraph.Extraction.Mentions;

/// <summary>
/// Finds runs of capitalised words that may name a person: words that are not places, titles, calendar
/// words or listed non-names, joined by name particles ("bin", "al-", "von"), not led by "the"
/// (which marks an institution or event: "the Asan Plenum"). A capitalised compound of two names
/// ("the Lee-Kanasugi meeting") yields both.
/// </summary>
internal sealed class NameFinder(Lexicon lexicon, IReadOnlySet<string> lowerCaseWords)
{
    public IEnumerable<NameMention> Find(int sentence, IReadOnlyList<Token> tokens, IReadOnlyList<PlaceMention> places)
    {
        // Words inside a place name ("New York", "South Korea") are never part of a person's name.
        var inPlace = tokens.Select(t => places.Any(p => t.Start >= p.Start && t.Start < p.End)).ToArray();
        var i = 0;
        while (i < tokens.Count)
        {
            if (inPlace[i] || !StartsName(tokens, i)) { i++; continue; }
            var j = i;
            while (!tokens[j].Possessive && GluedHead(tokens[j].Text) == 0 && j + 1 < tokens.Count && !inPlace[j + 1] && Joins(tokens, j + 1) && ContinuesName(tokens, j + 1)) j++;
            // A trailing particle belongs to no name.
            while (j > i && lexicon.Particles.Contains(tokens[j].Text)) j--;
            // "UNSMIL Ghassan Salame": a word in capitals before a full name in mixed case labels an office or
            // body; a family name in capitals ("HAYASHI Yoshimasa") comes with one given name only.
            if (j - i >= 2 && IsAllCaps(tokens[i].Text) && !tokens.Skip(i + 1).Take(j - i).Any(t => IsAllCaps(t.Text))) i++;
            var parts = tokens.Skip(i).Take(j - i + 1).Select((t, n) => IsNickname(tokens, i + n) ? Quoted(tokens, i + n) : Normalise(t.Text)).ToList();
            // "GrossiFollowing": a heading glued to the story; the name is the head.
            var end = tokens[j].End;
            if (GluedHead(tokens[j].Text) is > 0 and var head)
            {
                parts[^1] = tokens[j].Text[..head];
                end = tokens[j].Start + head;
            }
            // "the Asan Plenum", "in Nusa Dua": an institution or a place, not a person.
            var ledByThe = i > 0 && tokens[i].Adjacent && (tokens[i - 1].Lower == "the" || (j > i && tokens[i - 1].Lower is "in" or "at" or "near") || GoneTo(tokens, i));
            var compound = parts.Count == 1 && IsCompound(tokens[i].Text);
            if (compound)
                yield return new NameMention(sentence, i, j, parts, tokens[i].Start, end);
            else if (!ledByThe && !parts.Any(p => p.Any(char.IsDigit)))
                yield return new NameMention(sentence, i, j, parts, tokens[i].Start, end);
            i = j + 1;
        }
    }

    // Words of going: after them "to" leads to a place ("headed to Ain el Tinah", "on his way to Dar es Salaam"),
    // whereas after "spoke", "wrote" or "adviser" it leads to a person.
    private static readonly HashSet<string> Going = new(StringComparer.OrdinalIgnoreCase)
    {
        "head", "heads", "headed", "heading", "go", "goes", "went", "going", "gone", "travel", "travels", "travelled", "traveled",
        "travelling", "traveling", "fly", "flies", "flew", "flying", "flown", "return", "returns", "returned", "returning",
        "drive", "drove", "driven", "driving", "move", "moved", "proceed", "proceeded", "came", "come", "coming", "back",
        "trip", "trips", "journey", "way", "route", "visit", "visits", "arrive", "arrived",
    };

    private static bool GoneTo(IReadOnlyList<Token> tokens, int i) =>
        i >= 2 && tokens[i - 1].Lower == "to" && tokens[i - 1].Adjacent && Going.Contains(tokens[i - 2].Text);

    private bool StartsName(IReadOnlyList<Token> tokens, int i) =>
        IsNameWord(tokens[i].Text) || (IsInitial(tokens[i].Text) && i + 1 < tokens.Count && IsNameWord(tokens[i + 1].Text));

    private bool ContinuesName(IReadOnlyList<Token> tokens, int i) =>
        IsNameWord(tokens[i].Text) || IsInitial(tokens[i].Text)
        // Initials inside a name ("Retno LP Marsudi").
        || (tokens[i].Text.Length <= 3 && tokens[i].Text.All(char.IsUpper) && i + 1 < tokens.Count && tokens[i + 1].Adjacent && IsNameWord(tokens[i + 1].Text))
        || (lexicon.Particles.Contains(tokens[i].Text) && i + 1 < tokens.Count && Joins(tokens, i + 1) && IsNameWord(tokens[i + 1].Text));

    // Only spaces between words of a name; an initial may keep its period ("S. Jaishankar"); a nickname
    // sits in quotes (Joko “Jokowi” Widodo).
    private bool Joins(IReadOnlyList<Token> tokens, int next) =>
        tokens[next].Adjacent || (IsInitial(tokens[next - 1].Text) && tokens[next].Gap is ". " or ".")
        || (IsNickname(tokens, next) && IsNameWord(tokens[next + 1].Text)) || (IsNickname(tokens, next - 1) && tokens[next].Gap.Length == 2 && char.IsWhiteSpace(tokens[next].Gap[1]));

    private const string OpeningQuotes = "“\"‘'";
    private const string ClosingQuotes = "”\"’'";

    // A single capitalised word in quotes right inside a name: “Jokowi”.
    private static bool IsNickname(IReadOnlyList<Token> tokens, int k) =>
        k > 0 && k + 1 < tokens.Count && tokens[k].IsCapitalised
        && tokens[k].Gap.Length == 2 && char.IsWhiteSpace(tokens[k].Gap[0]) && OpeningQuotes.Contains(tokens[k].Gap[1])
        && tokens[k + 1].Gap.Length == 2 && ClosingQuotes.Contains(tokens[k + 1].Gap[0]) && char.IsWhiteSpace(tokens[k + 1].Gap[1]);

    private static string Quoted(IReadOnlyList<Token> tokens, int k) => tokens[k].Gap[1] + tokens[k].Text + tokens[k + 1].Gap[0];

    // "GrossiFollowing": a name glued to the next word (a heading run into the story); the head's length.
    private int GluedHead(string word)
    {
        for (var k = 3; k < word.Length - 2; k++)
            if (char.IsUpper(word[k]) && char.IsLower(word[k - 1]))
                // "McGurk", "DeSantis", "MacArthur": a short head is a name's own prefix.
                return word.Skip(k + 1).All(char.IsLower) && (lowerCaseWords.Contains(word[k..].ToLowerInvariant()) || (k >= 4 && word.Length - k >= 4)) ? k : 0;
        return 0;
    }

    private static bool IsAllCaps(string word) => word.Length >= 3 && word.All(c => !char.IsLetter(c) || char.IsUpper(c)) && word.Any(char.IsLetter);

    private static bool IsInitial(string word) => word.Length == 1 && char.IsUpper(word[0]);

    public bool IsNameWord(string word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0])) return LowerParticleName(word);
        if (lexicon.NonNames.Contains(word) || lexicon.IsPlaceWord(word) || CalendarWords.IsCalendarWord(word)) return false;
        // "Koreans", "Americans": a demonym in the plural names a people, not a person.
        if (word.EndsWith('s') && lexicon.PlaceAt(word[..^1]) is { Kind: PlaceKind.Demonym }) return false;
        var lower = word.ToLowerInvariant();
        if (lexicon.TitleWords.Contains(lower) || (lower.EndsWith('s') && lexicon.TitleWords.Contains(lower[..^1]))) return false;
        // "Secretary-General", "Vice-President": hyphenated offices.
        if (lower.Contains('-') && lower.Split('-').Any(lexicon.TitleWords.Contains)) return false;
        if (word.Length >= 2 && word.All(c => char.IsUpper(c) || c == '-') && word.Length <= 5) return false; // acronyms: SCO, UN, DPRK
        if (lowerCaseWords.Contains(word.ToLowerInvariant())) return false;
        return true;
    }

    // "al-Jubair", "el-Sisi": a lower-case particle glued to a capitalised name.
    private static bool LowerParticleName(string word) =>
        (word.StartsWith("al-", StringComparison.Ordinal) || word.StartsWith("el-", StringComparison.Ordinal))
        && word.Length > 3 && char.IsUpper(word[3]);

    private bool IsCompound(string word)
    {
        var halves = word.Split('-');
        return halves.Length == 2 && halves.All(h => h.Length > 1 && char.IsUpper(h[0]) && IsNameWord(h));
    }

    // MOFA style puts the family name in capitals ("HAYASHI Yoshimasa"): print it as a name.
    private static string Normalise(string word) =>
        word.Length > 3 && word.All(c => !char.IsLetter(c) || char.IsUpper(c))
            ? word[0] + word[1..].ToLowerInvariant()
            : word;
}

using System.Text.RegularExpressions;

namespace EnvoyGraph.Extraction.Reading;

/// <summary>
/// Tells the story body from page chrome: menus and headline lists are short lines without sentence
/// punctuation; bylines and timestamps are labelled; a footer marker ("MOST POPULAR", "(END)",
/// "Copyright") ends the story; a paragraph repeated word for word counts once.
/// </summary>
internal static partial class PageChrome
{
    public static IReadOnlyList<int> BodyLineIndexes(IReadOnlyList<TextLine> lines)
    {
        var body = new List<int>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var words = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            // A paywall pitch above the story ("Gift 5 articles ... when you subscribe." then "Subscribe now") reads
            // like a sentence: a footer marker ends the story only once more than such a teaser has been read.
            if (words >= StoryWords && EndOfStory().IsMatch(line.Text)) break;
            if (!IsProse(line)) continue;
            if (!seen.Add(line.Text)) continue;
            body.Add(i);
            words += line.WordCount;
        }
        return body;
    }

    // Fewer words than a story's opening paragraph.
    private const int StoryWords = 30;

    public static bool IsProse(TextLine line)
    {
        if (Labelled().IsMatch(line.Text)) return false;
        if (line.Text.Count(char.IsLetter) < line.Text.Length / 2) return false;
        var endsSentence = SentenceEnd().IsMatch(line.Text);
        // Headlines and menu entries do not end like sentences; a very long line is prose even without a period.
        return line.WordCount >= 30 || (endsSentence && line.WordCount >= 6);
    }

    [GeneratedRegex(@"^(?:MOST POPULAR|LATEST NEWS|Most Read|Most Popular|Related (?:Articles|News|Stories|Posts)|RELATED|Recommended|More from|More stories|Read more|Also read|READ MORE|\(END\)|Copyright|©|All rights reserved|Tags?\s*:|Share this|Leave a (?:comment|reply)|Comments|Subscribe|You may also like|Top Stories|Trending)", RegexOptions.IgnoreCase)]
    private static partial Regex EndOfStory();
    [GeneratedRegex(@"^(?:[•·*\-]\s*)?(?:Published|Updated|Posted|By\s+\p{Lu}[\w.]*(?:\s+\p{Lu}[\w.]*){0,3}\s*$|Photo|File photo|Edited by|Reporting by|Writing by|Source:|Click|Follow us|Sign up|Advertisement)", RegexOptions.IgnoreCase)]
    private static partial Regex Labelled();
    [GeneratedRegex(@"[.!?][""”’')\]]*(?:\s*\([\p{L} ]+\))?$")]
    private static partial Regex SentenceEnd();
}

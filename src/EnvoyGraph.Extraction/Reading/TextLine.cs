namespace EnvoyGraph.Extraction.Reading;

/// <summary>A line (or a hard-wrapped run of lines) of the text as read, with its offset.</summary>
internal sealed record TextLine(string Text, int Offset)
{
    public int WordCount { get; } = Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>
    /// Splits text into lines; a line that does not end a sentence and is followed by one starting in lower
    /// case is joined to it (hard-wrapped paragraphs), keeping offsets.
    /// </summary>
    public static IReadOnlyList<TextLine> Split(string text)
    {
        var raw = new List<(int Start, int End)>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
            if (i == text.Length || text[i] == '\n')
            {
                raw.Add((start, i));
                start = i + 1;
            }
        var lines = new List<TextLine>();
        for (var i = 0; i < raw.Count; i++)
        {
            var (s, e) = raw[i];
            while (i + 1 < raw.Count && ContinuesOnNextLine(text, raw[i].Start, raw[i].End, raw[i + 1]))
                e = raw[++i].End;
            var content = text[s..e].Replace('\n', ' ').Replace('\r', ' ');
            var lead = content.Length - content.TrimStart().Length;
            var trimmed = content.Trim();
            if (trimmed.Length > 0) lines.Add(new TextLine(trimmed, s + lead));
        }
        return lines;
    }

    private static bool ContinuesOnNextLine(string text, int s, int e, (int Start, int End) next)
    {
        var current = text[s..e].TrimEnd();
        var following = text[next.Start..next.End].TrimStart();
        if (current.Length == 0 || following.Length == 0) return false;
        var last = current[^1];
        if (last is '.' or '!' or '?' or ':' or '"' or '”' or ')') return false;
        if (char.IsLower(following[0])) return true;
        // A long line stopping on a word or comma runs on into the next one (hard-wrapped prose).
        return (char.IsLetter(last) || last == ',') && current.Split(' ').Length >= 10 && following.Split(' ').Length >= 3;
    }
}

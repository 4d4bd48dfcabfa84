using System.Text.RegularExpressions;

namespace EnvoyGraph.Extraction.Reading;

/// <summary>
/// First stage: an <see cref="ArticleInput"/> becomes an <see cref="ArticleText"/>. HTML is reduced to text,
/// a leading <c>url: ...</c> line is taken as the URL, page chrome is set apart from the story body, and the
/// title, outlet and publication date are read from the page unless the input supplies them.
/// </summary>
internal static partial class ArticleReader
{
    public static ArticleText Read(ArticleInput input)
    {
        var text = input.Text.Replace("\r\n", "\n").Replace('\r', '\n').Replace('`', '\'');
        var url = string.IsNullOrWhiteSpace(input.Url) ? null : input.Url.Trim();
        string? htmlTitle = null;
        if (HtmlReducer.LooksLikeHtml(text))
        {
            var reduced = HtmlReducer.Reduce(text);
            text = reduced.Text;
            htmlTitle = reduced.Title;
            url ??= reduced.CanonicalUrl;
        }
        if (UrlHeader().Match(text) is { Success: true } header)
        {
            url ??= header.Groups["url"].Value.Trim();
            // Blank the header out (same length) so offsets still point into the text as read.
            text = new string(' ', header.Length) + text[header.Length..];
        }

        DateOnly? stamped = null;
        if (DateStamp().Match(text) is { Success: true } stamp)
        {
            // " date 2021-08-23 <story...>": a page stamp glued to the first line.
            stamped = FullDate.First(stamp.Value);
            text = new string(' ', stamp.Length) + text[stamp.Length..];
        }

        var lines = TextLine.Split(text).Select(StartAtDateline).ToList();
        var bodyIndexes = PageChrome.BodyLineIndexes(lines);
        var firstBody = bodyIndexes.Count > 0 ? bodyIndexes[0] : lines.Count;
        var headerLines = lines.Take(Math.Min(lines.Count, firstBody + 1)).Select(l => l.Text).ToList();

        var title = htmlTitle ?? lines.Take(firstBody).Select(l => l.Text)
            .FirstOrDefault(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 5 && !NotATitle().IsMatch(l));
        var outlet = NonBlank(input.Outlet) ?? lines.Take(firstBody + 1).Select(l => Byline().Match(l.Text)).FirstOrDefault(m => m.Success)?.Groups["outlet"].Value;

        return new ArticleText(
            input.Source, text, url, title, outlet,
            input.Published ?? stamped ?? PublicationDate.Find(headerLines, url, text, lines.Take(EarlyLines).Select(l => l.Text).ToList()),
            bodyIndexes.Select(i => new Paragraph(lines[i].Text, lines[i].Offset)).ToList());
    }

    private static string? NonBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    // How far down the page a line standing alone as a date is still taken as the page's own date.
    private const int EarlyLines = 12;

    // A headline or byline glued in front of a dateline ("... By Song Sang-ho SEOUL, Aug. 23 (Yonhap) -- The ...")
    // is page chrome: the story starts at the dateline.
    private static TextLine StartAtDateline(TextLine line)
    {
        var m = PublicationDate.DatelineAnywhere().Match(line.Text);
        if (m.Success && m.Index > 0) line = new TextLine(line.Text[m.Index..], line.Offset + m.Index);
        var stamp = PublicationDate.PlaceStamp().Match(line.Text);
        return stamp.Success ? new TextLine(line.Text[stamp.Length..], line.Offset + stamp.Length) : line;
    }

    [GeneratedRegex(@"^\s*date\s+\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex DateStamp();
    [GeneratedRegex(@"^\s*url:\s*(?<url>\S+)[^\n]*", RegexOptions.IgnoreCase)]
    private static partial Regex UrlHeader();
    // A menu ("Home | World | Politics | Sport") has two or more bars; a headline has one at most ("Title | Outlet").
    [GeneratedRegex(@"(?i)published|updated|posted|copyright|\bdate\b|subscribe|log ?in|sign ?in|skip to|\|[^|]*\|")]
    private static partial Regex NotATitle();
    [GeneratedRegex(@"^(?:By\s+(?<outlet>\p{Lu}[\p{L}.&' ]{1,40}?)\s*$|^\p{Lu}[\p{L} ,.'\[\]-]{1,40}\((?<outlet>[\p{L} ]{2,30})\)\s*(?:--|—|–|-|:))")]
    private static partial Regex Byline();
}

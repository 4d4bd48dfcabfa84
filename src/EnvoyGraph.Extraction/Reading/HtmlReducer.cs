using System.Net;
using System.Text.RegularExpressions;

namespace EnvoyGraph.Extraction.Reading;

/// <summary>HTML reduced to plain text: block elements become line breaks, scripts and styles vanish.</summary>
internal sealed record ReducedHtml(string Text, string? Title, string? CanonicalUrl);

/// <summary>Turns an HTML page into text lines a reader would see, keeping its canonical URL and title.</summary>
internal static partial class HtmlReducer
{
    public static bool LooksLikeHtml(string text)
    {
        var head = text.Length > 2000 ? text[..2000] : text;
        return HtmlStart().IsMatch(head);
    }

    public static ReducedHtml Reduce(string html)
    {
        var canonical = CanonicalLink().Match(html) is { Success: true } c ? c.Groups["url"].Value
            : OgUrl().Match(html) is { Success: true } o ? o.Groups["url"].Value : null;
        var title = TitleTag().Match(html) is { Success: true } t ? Clean(t.Groups[1].Value) : null;
        var text = Invisible().Replace(html, " ");
        text = Comment().Replace(text, " ");
        text = BlockTag().Replace(text, "\n");
        text = AnyTag().Replace(text, "");
        text = WebUtility.HtmlDecode(text);
        var lines = text.Split('\n').Select(l => Spaces().Replace(l, " ").Trim());
        text = string.Join("\n", lines);
        text = BlankLines().Replace(text, "\n\n").Trim();
        return new ReducedHtml(text, string.IsNullOrWhiteSpace(title) ? null : title,
            string.IsNullOrWhiteSpace(canonical) ? null : WebUtility.HtmlDecode(canonical));
    }

    private static string Clean(string s) => Spaces().Replace(WebUtility.HtmlDecode(AnyTag().Replace(s, "")), " ").Trim();

    [GeneratedRegex(@"<(?:!doctype\s+html|html|head|body|div|p|article)[\s>]", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlStart();
    [GeneratedRegex(@"<link\b[^>]*rel\s*=\s*[""']?canonical[""']?[^>]*href\s*=\s*[""'](?<url>[^""']+)[""']|<link\b[^>]*href\s*=\s*[""'](?<url>[^""']+)[""'][^>]*rel\s*=\s*[""']?canonical", RegexOptions.IgnoreCase)]
    private static partial Regex CanonicalLink();
    [GeneratedRegex(@"<meta\b[^>]*property\s*=\s*[""']og:url[""'][^>]*content\s*=\s*[""'](?<url>[^""']+)[""']|<meta\b[^>]*content\s*=\s*[""'](?<url>[^""']+)[""'][^>]*property\s*=\s*[""']og:url", RegexOptions.IgnoreCase)]
    private static partial Regex OgUrl();
    [GeneratedRegex(@"<title[^>]*>(.*?)</title>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex TitleTag();
    [GeneratedRegex(@"<(script|style|noscript|template|svg|iframe|head)\b.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Invisible();
    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comment();
    [GeneratedRegex(@"<\s*/?\s*(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|nav|aside|blockquote|figure|figcaption|pre|hr|main|dd|dt|title)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();
    [GeneratedRegex(@"<[^>]*>", RegexOptions.Singleline)]
    private static partial Regex AnyTag();
    [GeneratedRegex(@"[ \t\u00a0\r]+")]
    private static partial Regex Spaces();
    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankLines();
}

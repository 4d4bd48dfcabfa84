namespace EnvoyGraph.Extraction.Reading;

/// <summary>
/// An article after reading: the text as read (HTML already reduced), where the story body lies in it,
/// and what the page says about itself. <see cref="Published"/> is the article's "now".
/// </summary>
internal sealed record ArticleText(
    string Source,
    string Text,
    string? Url,
    string? Title,
    string? Outlet,
    DateOnly? Published,
    IReadOnlyList<Paragraph> Body);

/// <summary>A paragraph of the story body and its character offset in <see cref="ArticleText.Text"/>.</summary>
internal sealed record Paragraph(string Text, int Offset);

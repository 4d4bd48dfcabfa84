namespace EnvoyGraph.Extraction.Roles;

/// <summary>What the article says a person represents and what office they hold.</summary>
internal sealed record PersonProfile(int Person, string? Country, string? Role);

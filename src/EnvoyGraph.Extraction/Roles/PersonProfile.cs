namespace EnvoyGraph.Extraction.Roles;

/// <summary>What the article says a person represents and what office they hold.</summary>
/// <see cref="Envoy"/>: called an envoy, negotiator, representative or diplomat somewhere;
/// <see cref="Leader"/>: called president, prime minister, king or the like;
/// <see cref="Principal"/>: the person whose side they are on: the one they serve ("Trump's envoy", "adviser to President
/// Macron") or the one they are listed after ("President Xi Jinping, Vice-President Wang Qishan").
internal sealed record PersonProfile(int Person, string? Country, string? Role, bool Envoy = false, bool Leader = false, int? Principal = null);

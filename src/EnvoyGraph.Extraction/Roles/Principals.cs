namespace EnvoyGraph.Extraction.Roles;

/// <summary>
/// A person who serves another ("Trump's Ukraine envoy, Keith Kellogg", "Emmanuel Bonne, counselor to
/// President Macron") represents the country of the one they serve, when the text gives no other.
/// </summary>
internal static class Principals
{
    public static IReadOnlyList<PersonProfile> Follow(IReadOnlyList<PersonProfile> profiles)
    {
        var result = profiles.ToList();
        // A chain of service is short; a few rounds settle it and cannot loop for ever.
        for (var round = 0; round < 3; round++)
            foreach (var p in result.ToList())
                if (p.Country is null && p.Principal is { } boss && result[boss].Country is { } country)
                    result[p.Person] = p with { Country = country };
        return result;
    }
}

namespace EnvoyGraph.Cli.Tests.Support;

/// <summary>Small articles written for the tests (not the product owner's samples).</summary>
public static class Articles
{
    public const string Talks = """
        Envoys of Norway and Chile meet in Oslo

        Published : Mar 3, 2021 - 10:00
        Norway's special envoy Ingrid Solberg met her Chilean counterpart Tomás Aravena in Oslo on Tuesday.
        """;

    public const string FollowUp = """
        Chile and Norway envoys talk by phone

        Published : Mar 9, 2021 - 08:30
        Chilean envoy Tomás Aravena held a phone call with Ingrid Solberg of Norway on Monday.
        """;

    /// <summary>A page that prints no date of its own: only a manifest can date it.</summary>
    public const string Undated = """
        Envoys of Norway and Chile meet in Oslo

        Norway's special envoy Ingrid Solberg met her Chilean counterpart Tomás Aravena in Oslo on Tuesday.
        """;
}

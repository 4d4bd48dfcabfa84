using EnvoyGraph.Extraction.Lexicons;
using EnvoyGraph.Extraction.Mentions;

namespace EnvoyGraph.Extraction.Meetings;

/// <summary>The countries a sentence names as a group of envoys: "envoys of South Korea and Japan".</summary>
internal static partial class CountryGroup
{
    [System.Text.RegularExpressions.GeneratedRegex(@"\([^)]{1,12}\)")]
    private static partial System.Text.RegularExpressions.Regex Parenthesis();

    public static IReadOnlyList<string> In(SentenceView view)
    {
        var countries = new List<string>();
        var lead = MeetingCues.CountryGroupLead().Match(view.Text);
        if (!lead.Success) return countries;
        var position = lead.Index + lead.Length;
        foreach (var place in view.Places.Where(p => p.Start >= position).OrderBy(p => p.Start))
        {
            var gap = Parenthesis().Replace(view.Text[position..place.Start], "").Trim();
            if (gap is not ("" or "," or "and" or ", and" or "the" or "and the" or ", the" or ", and the")) break;
            if (place.Place.Kind is PlaceKind.Country or PlaceKind.Demonym) countries.Add(place.Place.Country);
            position = place.End;
        }
        return countries.Count >= 2 ? countries.Distinct().ToList() : [];
    }
}

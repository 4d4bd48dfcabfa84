using EnvoyGraph.Extraction.Facts;

namespace EnvoyGraph.Graph.Model;

/// <summary>
/// A page of a keyset-paged list. <see cref="EndCursor"/> is the opaque, encoded sort key of the
/// last item (not an offset); the store decodes it and throws <see cref="BadCursorException"/> when
/// it cannot.
/// </summary>
public sealed record Page<T>(IReadOnlyList<T> Items, IReadOnlyList<string> Cursors, bool HasNextPage)
{
    public string? EndCursor => Cursors.Count > 0 ? Cursors[^1] : null;
}

public enum MeetingOrder { DateAsc, DateDesc }

/// <summary>
/// Filters for meetings. Country codes are already resolved to ISO alpha-2.
/// <see cref="Countries"/>: meetings with participants from every listed country.
/// <see cref="WithPerson"/> together with <see cref="Participant"/>: the meetings of the two.
/// <see cref="From"/>/<see cref="To"/> are inclusive; a month-precision meeting is inside when its month overlaps.
/// </summary>
public sealed record MeetingQuery(
    string? Participant = null,
    string? WithPerson = null,
    string? Country = null,
    IReadOnlyList<string>? Countries = null,
    PartialDate? From = null,
    PartialDate? To = null,
    MeetingMode? Mode = null,
    MeetingStatus? Status = null,
    int First = 50,
    string? After = null,
    MeetingOrder Order = MeetingOrder.DateAsc);

public sealed record PersonQuery(string? Search = null, string? Country = null, int First = 50, string? After = null);

public sealed record ArticleQuery(string? Outlet = null, PartialDate? From = null, PartialDate? To = null, int First = 50, string? After = null);

/// <summary>Who met whom when: one edge per (person, other participant, meeting).</summary>
public sealed record EncounterQuery(string? Person = null, string? Country = null, PartialDate? From = null, PartialDate? To = null, int First = 100, string? After = null);

public sealed record Encounter(string PersonId, string OtherId, string MeetingId, PartialDate? Date);

/// <summary>One step of a chain of meetings: <see cref="PersonId"/> met <see cref="NextPersonId"/> at <see cref="MeetingId"/>.</summary>
public sealed record PathStep(string PersonId, string MeetingId, string NextPersonId);

public sealed record StatsQuery(PartialDate? From = null, PartialDate? To = null, string? Country = null, int Top = 20);

public sealed record MonthCount(string Month, int Count);
public sealed record CountryPairCount(string A, string B, int Count);
public sealed record PersonCount(string PersonId, int Count);
public sealed record Totals(int Persons, int Meetings, int Articles, int Countries, int Counterparts);
public sealed record Stats(IReadOnlyList<MonthCount> MeetingsPerMonth, IReadOnlyList<CountryPairCount> CountryPairs, IReadOnlyList<PersonCount> TopEnvoys, Totals Totals);

/// <summary>A country met by another, with the number of meetings between them.</summary>
public sealed record CountryPartner(string CountryCode, string PartnerCode, int Count);

/// <summary>Thrown for an <c>after</c> value the store cannot decode; the API maps it to BAD_USER_INPUT.</summary>
public sealed class BadCursorException(string cursor) : Exception($"'{cursor}' is not a cursor this list gave out")
{
    public string Cursor { get; } = cursor;
}

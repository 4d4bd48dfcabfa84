using EnvoyGraph.Extraction.Facts;
using EnvoyGraph.Graph.Model;

namespace EnvoyGraph.Graph.Ingest;

/// <summary>
/// Places each reported meeting on ONE Meeting, however many articles report it:
/// <list type="bullet">
/// <item>same day: the meeting with the same participants, or with overlapping participants from the
/// same set of countries (and a compatible mode);</item>
/// <item>a month-precision report joins the dated meeting of that month when exactly one fits;</item>
/// <item>a day-precision report upgrades the month-only meeting it fits (a new id; the old one is
/// recorded in <see cref="Merged"/> so the store folds it into the new one);</item>
/// <item>otherwise a new meeting.</item>
/// </list>
/// </summary>
internal sealed class MeetingMerger(IGraphStore store, PersonResolver persons)
{
    private readonly List<MeetingState> _all = [];
    private readonly HashSet<string> _storedIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _loaded = new(StringComparer.Ordinal);

    public IEnumerable<MeetingState> Meetings => _all;

    /// <summary>Stored meeting id → the id it has after this batch, for meetings whose date was upgraded.</summary>
    public Dictionary<string, string> Merged { get; } = new(StringComparer.Ordinal);

    public async Task<MeetingState> PlaceAsync(IReadOnlyCollection<string> participantIds, PartialDate? date, MeetingMode mode,
        MeetingStatus status, string? location, CancellationToken ct)
    {
        await LoadCandidatesAsync(participantIds, date, ct);
        var set = new SortedSet<string>(participantIds, StringComparer.Ordinal);
        var countries = CountriesOf(set);
        var pool = _all.Where(m => m.Participants.Overlaps(set) && ModeFits(m.Mode, mode)).ToList();
        bool Fits(MeetingState m) => m.Participants.SetEquals(set) || (countries is not null && countries.SetEquals(CountriesOf(m.Participants) ?? []));
        IOrderedEnumerable<MeetingState> Best(IEnumerable<MeetingState> ms) => ms
            .OrderBy(m => m.Participants.SetEquals(set) ? 0 : 1)
            .ThenByDescending(m => m.Participants.Count(set.Contains))
            .ThenBy(m => m.Id, StringComparer.Ordinal);

        MeetingState? target = null;
        if (date is { Day: not null } day)
        {
            target = Best(pool.Where(m => m.Date == day && Fits(m))).FirstOrDefault();
            if (target is null)
            {
                var monthOnly = pool.Where(m => m.Date is { Day: null } md && SameMonth(md, day) && Fits(m)).ToList();
                if (monthOnly.Count == 1) Upgrade(target = monthOnly[0], day);
            }
        }
        else if (date is { } month)
        {
            var dated = pool.Where(m => m.Date is { Day: not null } d && SameMonth(d, month) && Fits(m)).ToList();
            target = dated.Count == 1 ? dated[0] : Best(pool.Where(m => m.Date == month && Fits(m))).FirstOrDefault();
        }
        else
        {
            target = pool.FirstOrDefault(m => m.Date is null && m.Participants.SetEquals(set));
        }

        if (target is null)
        {
            var id = StableIds.Meeting(set, date, mode);
            target = _all.FirstOrDefault(m => m.Id == id);
            if (target is null)
            {
                target = new MeetingState(new Meeting(id, date, mode, status, "", location), set, isNew: true);
                _all.Add(target);
                return target;
            }
        }
        target.Participants.UnionWith(set);
        if (status == MeetingStatus.Held) target.Status = MeetingStatus.Held;
        if (target.Mode == MeetingMode.Unknown && mode != MeetingMode.Unknown) target.Mode = mode;
        target.Location ??= location;
        target.IsChanged = true;
        return target;
    }

    /// <summary>The format from the number of countries taking part (or of persons, when a country is unknown).</summary>
    public string FormatOf(MeetingState m)
    {
        var countries = CountriesOf(m.Participants);
        var n = countries is { Count: >= 2 } ? countries.Count : m.Participants.Count;
        return n switch { <= 2 => "bilateral", 3 => "trilateral", _ => "multilateral" };
    }

    private void Upgrade(MeetingState m, PartialDate day)
    {
        m.Date = day;
        m.Id = StableIds.Meeting(m.Participants, day, m.Mode);
        if (!m.IsNew) Merged[m.StoredId] = m.Id;
    }

    private HashSet<string>? CountriesOf(IEnumerable<string> personIds)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in personIds)
        {
            if (persons[id]?.CountryCode is not { } code) return null;
            codes.Add(code);
        }
        return codes;
    }

    private static bool SameMonth(PartialDate a, PartialDate b) => a.Year == b.Year && a.Month == b.Month;

    private static bool ModeFits(MeetingMode a, MeetingMode b) => a == b || a == MeetingMode.Unknown || b == MeetingMode.Unknown;

    /// <summary>Loads the stored meetings of these persons in the month of <paramref name="date"/> (or undated), once per person and month.</summary>
    private async Task LoadCandidatesAsync(IReadOnlyCollection<string> participantIds, PartialDate? date, CancellationToken ct)
    {
        var monthKey = date is { } d ? $"{d.Year:D4}-{d.Month:D2}" : "none";
        var toLoad = participantIds.Where(p => _loaded.Add(p + "|" + monthKey)).ToList();
        if (toLoad.Count == 0) return;
        var (from, to) = date is { } x
            ? (new DateOnly(x.Year, x.Month, 1), new DateOnly(x.Year, x.Month, 1).AddMonths(1).AddDays(-1))
            : (DateOnly.MinValue, DateOnly.MinValue);
        var found = await store.FindMeetingsOfPersonsAsync(toLoad, from, to, ct);
        foreach (var (meeting, participants) in found)
        {
            if (!_storedIds.Add(meeting.Id)) continue;
            _all.Add(new MeetingState(meeting, participants, isNew: false));
        }
        await persons.LoadByIdsAsync(found.SelectMany(f => f.ParticipantIds), ct);
    }
}

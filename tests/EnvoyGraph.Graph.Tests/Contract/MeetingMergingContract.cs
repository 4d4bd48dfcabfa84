using EnvoyGraph.Extraction.Facts;
using EnvoyGraph.Graph.Model;
using static EnvoyGraph.Graph.Tests.Contract.Fixtures;

namespace EnvoyGraph.Graph.Tests.Contract;

/// <summary>One real encounter is ONE Meeting however many articles report it (issue 2).</summary>
public abstract class MeetingMergingContract<TFactory> : StoreContract<TFactory> where TFactory : IStoreFactory, new()
{
    private static readonly PersonFact[] Pair = [P("Noh Kyu-duk", "South Korea"), P("Sung Kim", "United States")];

    [SkippableFact]
    public async Task Two_differently_worded_reports_of_one_meeting_give_one_meeting_with_two_reports()
    {
        var yonhap = Article("yonhap.txt", "2017-10-19", [P("Lee Do-hoon", "South Korea"), P("Kenji Kanasugi", "Japan")],
            [new(["Lee Do-hoon", "Kenji Kanasugi"], "2017-10-19", "in_person", "Seoul", "held",
                "Lee Do-hoon had the talks with his Japanese counterpart Kenji Kanasugi.")]);
        var kyodo = Article("kyodo.txt", "2017-10-20", [P("Lee Dohoon", "South Korea"), P("Kanasugi", "Japan")],
            [new(["Kanasugi", "Lee Dohoon"], "2017-10-19", "unknown", null, "held",
                "Japan's top nuclear negotiator Kanasugi met South Korean envoy Lee Dohoon in Seoul on Thursday.")]);

        await IngestAsync(yonhap);
        await IngestAsync(kyodo);
        var store = await StoreAsync();

        var meeting = Assert.Single((await store.QueryMeetingsAsync(new MeetingQuery())).Items);
        Assert.Equal(("2017-10-19", MeetingMode.InPerson, "Seoul"), (meeting.Date.ToString(), meeting.Mode, meeting.Location));
        var reports = await store.GetReportsByMeetingsAsync([meeting.Id]);
        Assert.Equal(2, reports.Count);
        Assert.Contains(reports, r => r.Evidence.StartsWith("Japan's top nuclear negotiator", StringComparison.Ordinal));
        Assert.Equal(2, (await store.GetAttendancesByMeetingsAsync([meeting.Id])).Count);
    }

    [SkippableFact]
    public async Task Two_romanisations_of_one_envoy_are_one_person_at_one_meeting()
    {
        await IngestAsync(Article("a.txt", "2024-03-14", [P("Kim Gunn", "South Korea"), P("Hiroyuki Namazu", "Japan")],
            [M("2024-03-14", "in_person", "Kim Gunn", "Hiroyuki Namazu")]));
        await IngestAsync(Article("b.txt", "2024-03-15", [P("Kim Geon", "South Korea"), P("Namazu Hiroyuki", "Japan")],
            [M("2024-03-14", "in_person", "Namazu Hiroyuki", "Kim Geon")]));
        var store = await StoreAsync();

        var meeting = Assert.Single((await store.QueryMeetingsAsync(new MeetingQuery())).Items);
        Assert.Equal(2, (await store.GetAttendancesByMeetingsAsync([meeting.Id])).Count);
        Assert.Equal(2, (await store.GetReportsByMeetingsAsync([meeting.Id])).Count);
    }

    [SkippableFact]
    public async Task Names_alike_in_vowels_but_of_other_countries_stay_two_persons()
    {
        await IngestAsync(Article("a.txt", "2024-03-14", [P("Kim Gunn", "South Korea"), P("Hiroyuki Namazu", "Japan")],
            [M("2024-03-14", "in_person", "Kim Gunn", "Hiroyuki Namazu")]));
        await IngestAsync(Article("b.txt", "2024-03-20", [P("Kim Geon", "North Korea"), P("Wang Yi", "China")],
            [M("2024-03-20", "in_person", "Kim Geon", "Wang Yi")]));
        var store = await StoreAsync();

        Assert.Equal(2, (await store.QueryMeetingsAsync(new MeetingQuery())).Items.Count);
        var geon = await store.FindPersonsByNameKeysAsync(["n:kimgeon"]);
        Assert.Equal("KP", Assert.Single(geon).CountryCode);
    }

    [SkippableFact]
    public async Task Reports_of_one_meeting_in_the_same_batch_give_one_meeting()
    {
        await IngestAsync(
            Article("a.txt", "2021-08-23", Pair, [M("2021-08-23", "in_person", "Noh Kyu-duk", "Sung Kim")]),
            Article("b.txt", "2021-08-24", Pair, [M("2021-08-23", "in_person", "Sung Kim", "Noh Kyu-duk")]));
        var store = await StoreAsync();

        var meeting = Assert.Single((await store.QueryMeetingsAsync(new MeetingQuery())).Items);
        Assert.Equal(2, (await store.GetReportsByMeetingsAsync([meeting.Id])).Count);
    }

    [SkippableFact]
    public async Task Month_precision_report_joins_the_one_dated_meeting_of_that_month()
    {
        await IngestAsync(Article("day.txt", "2021-08-23", Pair, [M("2021-08-23", "in_person", "Noh Kyu-duk", "Sung Kim")]));
        await IngestAsync(Article("month.txt", "2021-09-10", Pair, [M("2021-08", "in_person", "Noh Kyu-duk", "Sung Kim")]));
        var store = await StoreAsync();

        var meeting = Assert.Single((await store.QueryMeetingsAsync(new MeetingQuery())).Items);
        Assert.Equal("2021-08-23", meeting.Date.ToString());
        Assert.Equal(2, (await store.GetReportsByMeetingsAsync([meeting.Id])).Count);
    }

    [SkippableFact]
    public async Task Month_precision_report_with_two_dated_candidates_stays_apart()
    {
        await IngestAsync(Article("days.txt", "2021-08-23", Pair,
            [M("2021-08-03", "in_person", "Noh Kyu-duk", "Sung Kim"), M("2021-08-23", "in_person", "Noh Kyu-duk", "Sung Kim")]));
        await IngestAsync(Article("month.txt", "2021-09-10", Pair, [M("2021-08", "in_person", "Noh Kyu-duk", "Sung Kim")]));
        var store = await StoreAsync();

        var dates = (await store.QueryMeetingsAsync(new MeetingQuery())).Items.Select(m => m.Date.ToString());
        Assert.Equal(["2021-08", "2021-08-03", "2021-08-23"], dates);
    }

    [SkippableFact]
    public async Task Later_day_precision_report_upgrades_a_month_only_meeting()
    {
        await IngestAsync(Article("month.txt", "2021-06-30", Pair, [M("2021-06", "in_person", "Noh Kyu-duk", "Sung Kim")]));
        var store = await StoreAsync();
        var monthOnly = Assert.Single((await store.QueryMeetingsAsync(new MeetingQuery())).Items);

        await IngestAsync(Article("day.txt", "2021-07-01", Pair, [M("2021-06-21", "in_person", "Sung Kim", "Noh Kyu-duk")]));

        var meeting = Assert.Single((await store.QueryMeetingsAsync(new MeetingQuery())).Items);
        Assert.Equal("2021-06-21", meeting.Date.ToString());
        Assert.NotEqual(monthOnly.Id, meeting.Id);
        Assert.Empty(await store.GetMeetingsAsync([monthOnly.Id]));
        Assert.Equal(2, (await store.GetReportsByMeetingsAsync([meeting.Id])).Count);
        var noh = await PersonNamedAsync("Noh Kyu-duk");
        Assert.Equal(["2021-06-21"], (await store.QueryMeetingsAsync(new MeetingQuery(Participant: noh.Id))).Items.Select(m => m.Date.ToString()));
    }

    [SkippableFact]
    public async Task Overlapping_participants_from_the_same_countries_on_the_same_day_are_one_meeting()
    {
        await IngestAsync(
            Article("a.txt", "2019-02-01", [P("Lee Do-hoon", "South Korea"), P("Kenji Kanasugi", "Japan")],
                [M("2019-02-01", "in_person", "Lee Do-hoon", "Kenji Kanasugi")]),
            Article("b.txt", "2019-02-02", [P("Lee Do-hoon", "South Korea"), P("Kenji Kanasugi", "Japan"), P("Takeo Akiba", "Japan")],
                [M("2019-02-01", "in_person", "Lee Do-hoon", "Kenji Kanasugi", "Takeo Akiba")]));
        var store = await StoreAsync();

        var meeting = Assert.Single((await store.QueryMeetingsAsync(new MeetingQuery())).Items);
        Assert.Equal(3, (await store.GetAttendancesByMeetingsAsync([meeting.Id])).Count);
        Assert.Equal("bilateral", meeting.Format);
    }

    [SkippableFact]
    public async Task Trilateral_and_bilateral_talks_on_the_same_day_stay_two_meetings()
    {
        await IngestAsync(Article("a.txt", "2017-10-18",
            [P("Lee Do-hoon", "South Korea"), P("Kenji Kanasugi", "Japan"), P("Joseph Yun", "United States")],
            [M("2017-10-18", "in_person", "Lee Do-hoon", "Kenji Kanasugi", "Joseph Yun"), M("2017-10-18", "in_person", "Lee Do-hoon", "Kenji Kanasugi")]));
        var store = await StoreAsync();

        var formats = (await store.QueryMeetingsAsync(new MeetingQuery())).Items.Select(m => m.Format).Order();
        Assert.Equal(["bilateral", "trilateral"], formats);
    }

    [SkippableFact]
    public async Task A_phone_call_and_a_visit_on_the_same_day_stay_two_meetings()
    {
        await IngestAsync(Article("a.txt", "2021-08-23", Pair,
            [M("2021-08-23", "in_person", "Noh Kyu-duk", "Sung Kim"), M("2021-08-23", "phone", "Noh Kyu-duk", "Sung Kim")]));
        var store = await StoreAsync();

        Assert.Equal(2, await store.CountMeetingsAsync(new MeetingQuery()));
    }

    [SkippableFact]
    public async Task A_planned_meeting_later_reported_held_becomes_held()
    {
        await IngestAsync(Article("plan.txt", "2021-08-20", Pair, [Planned("2021-08-23", "Noh Kyu-duk", "Sung Kim")]));
        await IngestAsync(Article("held.txt", "2021-08-23", Pair, [M("2021-08-23", "in_person", "Noh Kyu-duk", "Sung Kim")]));
        var store = await StoreAsync();

        var meeting = Assert.Single((await store.QueryMeetingsAsync(new MeetingQuery())).Items);
        Assert.Equal(MeetingStatus.Held, meeting.Status);
    }

    [SkippableFact]
    public async Task A_meeting_with_fewer_than_two_named_persons_is_not_stored()
    {
        await IngestAsync(Article("a.txt", "2021-08-23", Pair, [M("2021-08-23", "in_person", "Noh Kyu-duk")]));
        var store = await StoreAsync();

        Assert.Equal(0, await store.CountMeetingsAsync(new MeetingQuery()));
    }
}

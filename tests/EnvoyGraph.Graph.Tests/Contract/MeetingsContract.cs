using EnvoyGraph.Extraction.Facts;
using EnvoyGraph.Graph.Model;

namespace EnvoyGraph.Graph.Tests.Contract;

/// <summary>Meetings: filters, keyset paging, counts, batched reads (issue 5).</summary>
public abstract class MeetingsContract<TFactory> : StoreContract<TFactory> where TFactory : IStoreFactory, new()
{
    private async Task<IGraphStore> WorldAsync()
    {
        await IngestAsync(ReadFixtures.World);
        return await StoreAsync();
    }

    private static async Task<string[]> DatesAsync(IGraphStore store, MeetingQuery q) =>
        (await store.QueryMeetingsAsync(q)).Items.Select(m => m.Date.ToString()!).ToArray();

    private static PartialDate D(string s) => PartialDate.Parse(s);

    [SkippableFact]
    public async Task All_meetings_come_in_date_order_month_precision_before_its_days()
    {
        var store = await WorldAsync();
        Assert.Equal(["2017-10-18", "2017-10-19", "2020-04-02", "2020-04-08", "2020-05", "2020-06-10", "2020-07-01"], await DatesAsync(store, new()));
        Assert.Equal(["2020-07-01", "2020-06-10", "2020-05", "2020-04-08", "2020-04-02", "2017-10-19", "2017-10-18"],
            await DatesAsync(store, new(Order: MeetingOrder.DateDesc)));
    }

    [SkippableFact]
    public async Task Date_range_is_inclusive_and_a_month_precision_meeting_overlaps_it()
    {
        var store = await WorldAsync();
        Assert.Equal(["2020-04-08", "2020-05"], await DatesAsync(store, new(From: D("2020-04-08"), To: D("2020-05-15"))));
        Assert.Equal(["2020-05", "2020-06-10"], await DatesAsync(store, new(From: D("2020-05-31"), To: D("2020-06"))));
        Assert.Equal(2, await store.CountMeetingsAsync(new(From: D("2020-05-31"), To: D("2020-06"))));
    }

    [SkippableFact]
    public async Task Participant_and_with_person_give_the_meetings_of_the_two()
    {
        var store = await WorldAsync();
        var lee = await PersonNamedAsync("Lee Do-hoon");
        var kanasugi = await PersonNamedAsync("Kenji Kanasugi");
        Assert.Equal(["2017-10-18", "2017-10-19"], await DatesAsync(store, new(Participant: lee.Id, WithPerson: kanasugi.Id)));
        Assert.Equal(5, await store.CountMeetingsAsync(new(Participant: lee.Id)));
        Assert.Equal(2, await store.CountMeetingsAsync(new(WithPerson: kanasugi.Id)));
    }

    [SkippableFact]
    public async Task Countries_means_participants_from_every_listed_country()
    {
        var store = await WorldAsync();
        Assert.Equal(["2017-10-18", "2017-10-19", "2020-04-08"], await DatesAsync(store, new(Countries: ["KR", "JP"])));
        Assert.Equal(["2017-10-18"], await DatesAsync(store, new(Countries: ["KR", "JP", "US"])));
        Assert.Equal(["2020-05", "2020-06-10"], await DatesAsync(store, new(Country: "CN")));
        var lee = await PersonNamedAsync("Lee Do-hoon");
        Assert.Equal(["2017-10-18", "2020-04-02"], await DatesAsync(store, new(Participant: lee.Id, Country: "US")));
    }

    [SkippableFact]
    public async Task Mode_and_status_filter_meetings()
    {
        var store = await WorldAsync();
        Assert.Equal(["2020-04-02", "2020-04-08", "2020-05"], await DatesAsync(store, new(Mode: MeetingMode.Phone)));
        Assert.Equal(["2020-07-01"], await DatesAsync(store, new(Status: MeetingStatus.Planned)));
    }

    [SkippableFact]
    public async Task Keyset_pages_cover_every_meeting_once_in_both_orders()
    {
        var store = await WorldAsync();
        foreach (var order in new[] { MeetingOrder.DateAsc, MeetingOrder.DateDesc })
        {
            var all = (await store.QueryMeetingsAsync(new(Order: order))).Items.Select(m => m.Id).ToList();
            var paged = new List<string>();
            string? after = null;
            Page<Meeting> page;
            do
            {
                page = await store.QueryMeetingsAsync(new(First: 2, After: after, Order: order));
                paged.AddRange(page.Items.Select(m => m.Id));
                Assert.Equal(page.Items.Count, page.Cursors.Count);
                after = page.EndCursor;
            } while (page.HasNextPage);
            Assert.Equal(all, paged);
        }
    }

    [SkippableFact]
    public async Task A_cursor_stays_valid_when_meetings_are_added_before_it()
    {
        var store = await WorldAsync();
        var first = await store.QueryMeetingsAsync(new(First: 3));
        await IngestAsync(Fixtures.Article("early.txt", "2001-01-01", [Fixtures.P("Ban Ki-moon", "South Korea"), Fixtures.P("Colin Powell", "United States")],
            [Fixtures.M("2001-01-01", "in_person", "Ban Ki-moon", "Colin Powell")]));

        var next = await store.QueryMeetingsAsync(new(First: 1, After: first.EndCursor));
        Assert.Equal("2020-04-08", next.Items.Single().Date.ToString());
    }

    [SkippableFact]
    public async Task A_cursor_that_was_not_given_out_is_refused()
    {
        var store = await WorldAsync();
        var persons = await store.QueryPersonsAsync(new(First: 1));
        await Assert.ThrowsAsync<BadCursorException>(() => store.QueryMeetingsAsync(new(After: "not-a-cursor")));
        await Assert.ThrowsAsync<BadCursorException>(() => store.QueryMeetingsAsync(new(After: persons.EndCursor)));
        await Assert.ThrowsAsync<BadCursorException>(() => store.QueryMeetingsAsync(new(After: "")));
    }

    [SkippableFact]
    public async Task Meetings_attendances_and_reports_are_read_for_many_ids_at_once()
    {
        var store = await WorldAsync();
        var ids = (await store.QueryMeetingsAsync(new())).Items.Select(m => m.Id).ToList();

        Assert.Equal(ids.Order(), (await store.GetMeetingsAsync([.. ids, "m-missing"])).Select(m => m.Id).Order());
        var attendances = await store.GetAttendancesByMeetingsAsync(ids);
        Assert.Equal(15, attendances.Count);
        Assert.Equal(7, (await store.GetReportsByMeetingsAsync(ids)).Count);
        Assert.Empty(await store.GetMeetingsAsync([]));
        Assert.Empty(await store.GetAttendancesByMeetingsAsync(["m-missing"]));
    }

    [SkippableFact]
    public async Task Attendance_keeps_the_role_the_article_gave()
    {
        var store = await WorldAsync();
        var biegun = await PersonNamedAsync("Stephen Biegun");
        var meeting = (await store.QueryMeetingsAsync(new(Participant: biegun.Id))).Items[0];
        var attendance = (await store.GetAttendancesByMeetingsAsync([meeting.Id])).Single(a => a.PersonId == biegun.Id);
        Assert.Equal("special representative for North Korea and deputy secretary of state", attendance.Role);
    }
}

using EnvoyGraph.Graph.Model;
using static EnvoyGraph.Graph.Tests.Contract.Fixtures;

namespace EnvoyGraph.Graph.Tests.Contract;

/// <summary>Loading articles: stable ids, one person per envoy, idempotent re-loads (issue 2, "Ingest and store").</summary>
public abstract class IngestContract<TFactory> : StoreContract<TFactory> where TFactory : IStoreFactory, new()
{
    [SkippableFact]
    public async Task Seeds_give_Lee_Do_hoon_as_one_person_with_four_meetings()
    {
        var result = await IngestAsync(Seed1, Seed2);
        var store = await StoreAsync();

        var lee = await PersonNamedAsync("Lee Do-hoon");
        Assert.Equal("lee-do-hoon", lee.Id);
        Assert.Equal("KR", lee.CountryCode);
        var page = await store.QueryMeetingsAsync(new MeetingQuery(Participant: lee.Id));
        Assert.Equal(["2017-10-18", "2017-10-19", "2020-04-02", "2020-04-08"], page.Items.Select(m => m.Date.ToString()));
        var names = await ParticipantNamesAsync(store, page.Items);
        Assert.Equal(["Joseph Yun, Kenji Kanasugi, Lee Do-hoon", "Kenji Kanasugi, Lee Do-hoon", "Lee Do-hoon, Stephen Biegun", "Lee Do-hoon, Shigeki Takizaki"], names);
        Assert.Equal(new(2, 0, 0, 5, 4, 2), result);
    }

    [SkippableFact]
    public async Task Loading_the_same_article_again_is_reported_unchanged_and_writes_nothing()
    {
        await IngestAsync(Seed1);
        var store = await StoreAsync();
        var before = (await store.GetStatsAsync(new StatsQuery())).Totals;

        var again = await IngestAsync(Seed1);

        Assert.Equal(new(0, 1, 0, 0, 0, 0), again);
        Assert.Equal(before, (await store.GetStatsAsync(new StatsQuery())).Totals);
    }

    [SkippableFact]
    public async Task Article_node_keeps_url_title_outlet_published_and_evidence()
    {
        var withUrl = Seed1 with { Url = "https://example.org/news/1" };
        await IngestAsync(withUrl);
        var store = await StoreAsync();

        var articles = await store.QueryArticlesAsync(new ArticleQuery());
        var article = Assert.Single(articles.Items);
        Assert.Equal(("https://example.org/news/1", "Nuke envoys of S. Korea, Japan discuss cooperation on NK issue", "Yonhap", "2017-10-19"),
            (article.Url, article.Title, article.Outlet, article.Published.ToString()));
        var bilateral = (await store.QueryMeetingsAsync(new MeetingQuery(From: D("2017-10-19")))).Items.Single();
        var report = Assert.Single(await store.GetReportsByMeetingsAsync([bilateral.Id]));
        Assert.Equal(article.Id, report.ArticleId);
        Assert.StartsWith("Lee Do-hoon, South Korea's special representative", report.Evidence);
    }

    [SkippableFact]
    public async Task Same_url_with_new_content_replaces_that_articles_reports()
    {
        var first = Article("a.txt", "2021-03-02", [P("Ann Lind", "Sweden"), P("Pekka Haavisto", "Finland")],
            [M("2021-03-01", "phone", "Ann Lind", "Pekka Haavisto")], url: "https://example.org/a");
        var corrected = first with { Meetings = [M("2021-03-02", "video", "Ann Lind", "Pekka Haavisto")] };
        await IngestAsync(first);

        var result = await IngestAsync(corrected);
        var store = await StoreAsync();

        Assert.Equal(1, result.Updated);
        var meetings = (await store.QueryMeetingsAsync(new MeetingQuery())).Items;
        Assert.Equal(["2021-03-02"], meetings.Select(m => m.Date.ToString()));
        Assert.Equal(MeetingMode.Video, meetings[0].Mode);
        Assert.Single((await store.QueryArticlesAsync(new ArticleQuery())).Items);
    }

    [SkippableFact]
    public async Task Persons_sharing_only_a_surname_stay_apart()
    {
        await IngestAsync(
            Article("kim1.txt", "2015-05-01", [P("Kim Gunn", "South Korea"), P("Sung Kim", "United States")],
                [M("2015-05-01", "in_person", "Kim Gunn", "Sung Kim")]),
            Article("kim2.txt", "2015-06-01", [P("Sung Kim", "United States"), P("Kim Gunn", "South Korea")],
                [M("2015-06-01", "in_person", "Sung Kim", "Kim Gunn")]));
        var store = await StoreAsync();

        var kims = await store.QueryPersonsAsync(new PersonQuery(Search: "kim"));
        Assert.Equal(["Kim Gunn", "Sung Kim"], kims.Items.Select(p => p.Name));
        Assert.Equal(2, await store.CountMeetingsAsync(new MeetingQuery(Participant: kims.Items[0].Id)));
    }

    [SkippableFact]
    public async Task Other_name_forms_of_one_envoy_resolve_to_one_person()
    {
        await IngestAsync(
            Article("j1.txt", "2019-06-01", [P("S Jaishankar", "India"), P("Mike Pompeo", "United States")],
                [M("2019-06-01", "phone", "S Jaishankar", "Mike Pompeo")]),
            Article("j2.txt", "2019-07-01", [P("Subrahmanyam Jaishankar", "India"), P("Wang Yi", "China")],
                [M("2019-07-01", "in_person", "Subrahmanyam Jaishankar", "Wang Yi")]),
            Article("j3.txt", "2019-08-01", [P("Jaishankar", "India"), P("Sergey Lavrov", "Russia")],
                [M("2019-08-01", "in_person", "Jaishankar", "Sergey Lavrov")]),
            Article("l1.txt", "2019-09-01", [P("Lee Dohoon", "South Korea"), P("Stephen Biegun", "United States")],
                [M("2019-09-01", "in_person", "Lee Dohoon", "Stephen Biegun")]),
            Article("l2.txt", "2019-09-02", [P("Lee Do-hoon", "South Korea"), P("Stephen Biegun", "United States")],
                [M("2019-09-02", "in_person", "Lee Do-hoon", "Stephen Biegun")]));
        var store = await StoreAsync();

        var jaishankar = await PersonNamedAsync("Jaishankar");
        Assert.Equal("Subrahmanyam Jaishankar", jaishankar.Name);
        Assert.Equal((await PersonNamedAsync("S Jaishankar")).Id, jaishankar.Id);
        Assert.Equal(3, await store.CountMeetingsAsync(new MeetingQuery(Participant: jaishankar.Id)));
        Assert.Equal((await PersonNamedAsync("lee dohoon")).Id, (await PersonNamedAsync("LEE DO-HOON")).Id);
    }

    [SkippableFact]
    public async Task Same_name_in_two_countries_gives_two_persons_with_readable_ids()
    {
        await IngestAsync(
            Article("x1.txt", "2018-01-01", [P("Kim Min-jae", "South Korea"), P("Taro Kono", "Japan")], [M("2018-01-01", "phone", "Kim Min-jae", "Taro Kono")]),
            Article("x2.txt", "2018-01-02", [P("Kim Min-jae", "North Korea"), P("Taro Kono", "Japan")], [M("2018-01-02", "phone", "Kim Min-jae", "Taro Kono")]));
        var store = await StoreAsync();

        var kims = await store.FindPersonsByNameAsync("Kim Min-jae");
        Assert.Equal(["kim-min-jae", "kim-min-jae-kp"], kims.Select(p => p.Id).Order());
    }

    [SkippableFact]
    public async Task Counterparts_are_stored_once_per_pair_with_first_and_last_seen()
    {
        await IngestAsync(Seed1);
        var later = Article("later.txt", "2018-02-01", [P("Kenji Kanasugi", "Japan"), P("Lee Do-hoon", "South Korea")],
            [M("2018-02-01", "in_person", "Kenji Kanasugi", "Lee Do-hoon")], counterparts: [["Kenji Kanasugi", "Lee Do-hoon"]]);
        await IngestAsync(later);
        var store = await StoreAsync();

        var lee = await PersonNamedAsync("Lee Do-hoon");
        var pair = Assert.Single(await store.GetCounterpartsByPersonsAsync([lee.Id]));
        Assert.Equal(("2017-10-19", "2018-02-01", 2), (pair.FirstSeen.ToString(), pair.LastSeen.ToString(), pair.ArticleIds.Count));
        var kanasugi = await PersonNamedAsync("Kenji Kanasugi");
        var same = Assert.Single(await store.GetCounterpartsByPersonsAsync([kanasugi.Id]));
        Assert.Equal((pair.PersonA, pair.PersonB), (same.PersonA, same.PersonB));
        Assert.Equal(pair.ArticleIds, same.ArticleIds);
    }

    [SkippableFact]
    public async Task Roles_and_mentions_are_kept_per_person()
    {
        await IngestAsync(Seed1, Seed2);
        var store = await StoreAsync();

        var biegun = await PersonNamedAsync("Stephen Biegun");
        var role = Assert.Single(await store.GetRolesByPersonsAsync([biegun.Id]));
        Assert.Equal(("US", "special representative for North Korea and deputy secretary of state", "2020-04-08"),
            (role.CountryCode, role.Title, role.FirstSeen.ToString()));
        var lee = await PersonNamedAsync("Lee Do-hoon");
        Assert.Equal(2, (await store.GetMentionsByPersonsAsync([lee.Id])).Count);
    }

    internal static Extraction.Facts.PartialDate D(string s) => Extraction.Facts.PartialDate.Parse(s);

    internal static async Task<List<string>> ParticipantNamesAsync(IGraphStore store, IReadOnlyList<Meeting> meetings)
    {
        var attendances = await store.GetAttendancesByMeetingsAsync(meetings.Select(m => m.Id).ToList());
        var persons = (await store.GetPersonsAsync(attendances.Select(a => a.PersonId).Distinct().ToList())).ToDictionary(p => p.Id, p => p.Name);
        return meetings.Select(m => string.Join(", ", attendances.Where(a => a.MeetingId == m.Id).Select(a => persons[a.PersonId]).Order())).ToList();
    }
}

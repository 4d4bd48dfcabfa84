using EnvoyGraph.Extraction.Facts;
using static EnvoyGraph.Graph.Tests.Contract.Fixtures;

namespace EnvoyGraph.Graph.Tests.Contract;

/// <summary>
/// A small world for the read contracts: the two seeds plus three articles.
/// Held meetings: 2017-10-18 Lee+Kanasugi+Yun, 2017-10-19 Lee+Kanasugi, 2020-04-02 Lee+Biegun (phone),
/// 2020-04-08 Lee+Takizaki (phone), 2020-05 Biegun+Wang (month only, phone), 2020-06-10 Wang+Lavrov.
/// Planned: 2020-07-01 Lee+Lavrov.
/// </summary>
public static class ReadFixtures
{
    public static ArticleFacts[] World { get; } =
    [
        Seed1,
        Seed2,
        Article("wang.txt", "2020-05-20", [P("Stephen Biegun", "United States"), P("Wang Yi", "China", "foreign minister")],
            [M("2020-05", "phone", "Stephen Biegun", "Wang Yi")], outlet: "Xinhua", url: "https://example.org/wang"),
        Article("lavrov.txt", "2020-06-11", [P("Wang Yi", "China"), P("Sergey Lavrov", "Russia", "foreign minister")],
            [M("2020-06-10", "in_person", "Wang Yi", "Sergey Lavrov")], counterparts: [["Wang Yi", "Sergey Lavrov"]], outlet: "TASS"),
        Article("plan.txt", "2020-06-20", [P("Lee Do-hoon", "South Korea"), P("Sergey Lavrov", "Russia")],
            [Planned("2020-07-01", "Lee Do-hoon", "Sergey Lavrov")], outlet: "tass"),
    ];
}

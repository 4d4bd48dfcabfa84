using System.Text.RegularExpressions;

namespace EnvoyGraph.Extraction.Reading;

/// <summary>Finds complete dates written in the forms pages use ("Oct 19, 2017", "23 November 2021", "2020-04-08").</summary>
internal static partial class FullDate
{
    public static IEnumerable<(DateOnly Date, int Index)> FindAll(string text)
    {
        foreach (Match m in Pattern().Matches(text))
        {
            DateOnly? d = null;
            if (m.Groups["y1"].Success)
                d = CalendarWords.TryDate(int.Parse(m.Groups["y1"].Value), CalendarWords.Month(m.Groups["m1"].Value), int.Parse(m.Groups["d1"].Value));
            else if (m.Groups["y2"].Success)
                d = CalendarWords.TryDate(int.Parse(m.Groups["y2"].Value), CalendarWords.Month(m.Groups["m2"].Value), int.Parse(m.Groups["d2"].Value));
            else if (m.Groups["y3"].Success)
                d = CalendarWords.TryDate(int.Parse(m.Groups["y3"].Value), int.Parse(m.Groups["m3"].Value), int.Parse(m.Groups["d3"].Value));
            else if (m.Groups["y4"].Success)
                d = CalendarWords.TryDate(int.Parse(m.Groups["y4"].Value), int.Parse(m.Groups["m4"].Value), int.Parse(m.Groups["d4"].Value));
            if (d is { } date) yield return (date, m.Index);
        }
    }

    public static DateOnly? First(string text) => FindAll(text).Select(x => (DateOnly?)x.Date).FirstOrDefault();

    [GeneratedRegex(
        @"(?<![\p{L}\d])(?:(?<m1>" + CalendarWords.MonthPattern + @")\s*(?<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y1>(?:19|20)\d\d)" +
        @"|(?<d2>\d{1,2})(?:st|nd|rd|th)?[\s-]+(?<m2>" + CalendarWords.MonthPattern + @"),?[\s-]+(?<y2>(?:19|20)\d\d)" +
        @"|(?<y3>(?:19|20)\d\d)[-./](?<m3>\d{1,2})[-./](?<d3>\d{1,2})" +
        @"|(?<d4>\d{1,2})[-./](?<m4>\d{1,2})[-./](?<y4>(?:19|20)\d\d))(?!\d)")]
    private static partial Regex Pattern();
}

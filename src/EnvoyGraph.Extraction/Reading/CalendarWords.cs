using System.Text.RegularExpressions;

namespace EnvoyGraph.Extraction.Reading;

/// <summary>Month and weekday names as the English press writes them ("Sept.", "Oct", "Thursday").</summary>
internal static partial class CalendarWords
{
    public const string MonthPattern =
        @"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)";

    public const string WeekdayPattern = @"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    public static int Month(string word) => word[..3].ToLowerInvariant() switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, "dec" => 12,
        _ => throw new ArgumentException($"'{word}' is not a month"),
    };

    public static DayOfWeek Weekday(string word) => word[..3].ToLowerInvariant() switch
    {
        "mon" => DayOfWeek.Monday, "tue" => DayOfWeek.Tuesday, "wed" => DayOfWeek.Wednesday,
        "thu" => DayOfWeek.Thursday, "fri" => DayOfWeek.Friday, "sat" => DayOfWeek.Saturday,
        "sun" => DayOfWeek.Sunday, _ => throw new ArgumentException($"'{word}' is not a weekday"),
    };

    public static bool IsCalendarWord(string word) => CalendarWord().IsMatch(word);

    public static DateOnly? TryDate(int year, int month, int day) =>
        year is >= 1900 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day) : null;

    // Whole month and weekday names only: "Jan" may well be a given name.
    [GeneratedRegex("^(?:January|February|March|April|May|June|July|August|September|October|November|December|" + WeekdayPattern + ")$")]
    private static partial Regex CalendarWord();
}

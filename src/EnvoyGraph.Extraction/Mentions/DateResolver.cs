using EnvoyGraph.Extraction.Facts;

namespace EnvoyGraph.Extraction.Mentions;

/// <summary>
/// Turns a time phrase into a date, given the publication date ("now"), the date of the event the text is
/// talking about (for "a day after"), and whether the meeting lies ahead. Weekdays fall in the week up to
/// publication for past events and in the days from it for planned ones. Null when a careful reader cannot
/// tell: no publication date for a relative phrase, or a week that straddles two months.
/// </summary>
internal static class DateResolver
{
    public static PartialDate? Resolve(DateMention d, DateOnly? published, PartialDate? anchor, bool planned)
    {
        switch (d.Kind)
        {
            case DateKind.FullDate:
                return Day(d.Year, d.Month, d.Day);
            case DateKind.DaysFromEvent:
                return anchor is { Day: not null } a ? PartialDate.FromDate(a.Start.AddDays(d.Shift)) : null;
            case DateKind.Vague:
                return null;
            case DateKind.WeeksFromEvent when d.Modifier != "now":
                return anchor is { Day: not null } e ? AboutWeeks(e.Start, d.Shift) : null;
        }
        if (d.Kind == DateKind.Month && d.Year > 0) return new PartialDate(d.Year, d.Month, null);
        if (published is not { } now) return null;
        switch (d.Kind)
        {
            case DateKind.MonthDay:
            {
                var year = now.Year;
                if (Day(year, d.Month, d.Day) is not { } candidate) return null;
                if (!planned && candidate.Start > now.AddDays(2)) year--;
                else if (planned && candidate.Start < now.AddDays(-7)) year++;
                return Day(year, d.Month, d.Day);
            }
            case DateKind.Month:
            {
                var year = now.Year;
                if (d.Modifier == "last" || (!planned && d.Modifier != "next")) { if (d.Month > now.Month || (d.Modifier == "last" && d.Month == now.Month)) year--; }
                else if (d.Month < now.Month || (d.Modifier == "next" && d.Month == now.Month)) year++;
                return new PartialDate(year, d.Month, null);
            }
            case DateKind.Weekday:
                return PartialDate.FromDate(Weekday(now, d.Weekday, d.Modifier, planned));
            case DateKind.DaysFromNow:
                return PartialDate.FromDate(now.AddDays(d.Shift));
            case DateKind.MonthsFromNow:
            {
                var first = new DateOnly(now.Year, now.Month, 1).AddMonths(d.Shift);
                return new PartialDate(first.Year, first.Month, null);
            }
            case DateKind.Weekend:
            {
                // The Saturday of the weekend meant; a weekend across a month's end gives no month.
                var sinceSaturday = ((int)now.DayOfWeek + 1) % 7;   // Saturday 0, Sunday 1, ... Friday 6
                var inWeekend = sinceSaturday <= 1;
                var lastSaturday = now.AddDays(-sinceSaturday);
                var saturday = d.Shift switch
                {
                    < 0 => inWeekend ? lastSaturday.AddDays(-7) : lastSaturday,
                    0 when !planned => lastSaturday,
                    0 => inWeekend ? lastSaturday : lastSaturday.AddDays(7),
                    _ => lastSaturday.AddDays(7),   // "next weekend": the coming one, or the one after when said on a weekend
                };
                var sunday = saturday.AddDays(1);
                return saturday.Month == sunday.Month ? new PartialDate(saturday.Year, saturday.Month, null) : null;
            }
            case DateKind.WeeksFromEvent:
                return AboutWeeks(now, d.Shift);
            case DateKind.ComingDays:
            {
                var week = now.AddDays(7);
                return week.Month == now.Month ? new PartialDate(now.Year, now.Month, null) : null;
            }
            case DateKind.WeeksFromNow:
            {
                var monday = now.AddDays(-(((int)now.DayOfWeek + 6) % 7)).AddDays(7 * d.Shift);
                var from = monday;
                var to = monday.AddDays(6);
                if (d.Shift == 0) { if (planned) from = now; else to = now; }
                return from.Month == to.Month && from.Year == to.Year ? new PartialDate(from.Year, from.Month, null) : null;
            }
        }
        return null;
    }

    /// <summary>
    /// A time phrase in an article known only to be filed under a month (its URL's): a day of the week before
    /// publication ("on Wednesday", "yesterday", "over the weekend") is of that month, as the publication is, though
    /// not of a day a reader can tell; a day or month the phrase names takes its year from the month filed.
    /// Plans and phrases counted in weeks ahead stay undated.
    /// </summary>
    public static PartialDate? ResolveInMonth(DateMention d, (int Year, int Month) filed, PartialDate? anchor, bool planned)
    {
        var monthEnd = new DateOnly(filed.Year, filed.Month, DateTime.DaysInMonth(filed.Year, filed.Month));
        switch (d.Kind)
        {
            case DateKind.Weekday or DateKind.Weekend or DateKind.WeeksFromNow or DateKind.DaysFromNow or DateKind.ComingDays:
                return !planned && (d.Shift == 0 || (d.Kind == DateKind.DaysFromNow && d.Shift == -1)) && d.Modifier is "" or "last" or "this past"
                    ? new PartialDate(filed.Year, filed.Month, null) : null;
            case DateKind.MonthDay or DateKind.Month or DateKind.MonthsFromNow:
                return planned ? null : Resolve(d, monthEnd, anchor, planned);
            default:
                return Resolve(d, null, anchor, planned);
        }
    }

    // "Nearly three weeks after": a count of weeks is rarely exact to the day; the month, when the days around it share one.
    private static PartialDate? AboutWeeks(DateOnly from, int weeks)
    {
        var center = from.AddDays(7 * weeks);
        var (early, late) = (center.AddDays(-3), center.AddDays(3));
        return early.Month == late.Month ? new PartialDate(center.Year, center.Month, null) : null;
    }

    private static DateOnly Weekday(DateOnly now, DayOfWeek day, string modifier, bool planned)
    {
        var back = ((int)now.DayOfWeek - (int)day + 7) % 7;
        var ahead = ((int)day - (int)now.DayOfWeek + 7) % 7;
        return modifier switch
        {
            "last" or "this past" => now.AddDays(back == 0 ? -7 : -back),
            "next" => now.AddDays(ahead == 0 ? 7 : ahead),
            "coming" => now.AddDays(ahead),
            _ => planned ? now.AddDays(ahead) : now.AddDays(-back),
        };
    }

    private static PartialDate? Day(int year, int month, int day) =>
        day >= 1 && month is >= 1 and <= 12 && year is > 0 and < 10000 && day <= DateTime.DaysInMonth(year, month)
            ? new PartialDate(year, month, day) : null;
}

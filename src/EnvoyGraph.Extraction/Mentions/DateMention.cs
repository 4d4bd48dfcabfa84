namespace EnvoyGraph.Extraction.Mentions;

/// <summary>What kind of time a phrase names, before it is resolved against the publication date.</summary>
internal enum DateKind
{
    /// <summary>A day with year ("Oct. 19, 2017").</summary>
    FullDate,
    /// <summary>A day without year ("April 6").</summary>
    MonthDay,
    /// <summary>A month, with or without year ("in June", "June 2021", "late June").</summary>
    Month,
    /// <summary>A weekday ("Wednesday", "last Thursday", "next Monday").</summary>
    Weekday,
    /// <summary>Days from publication ("yesterday" = -1, "today" = 0).</summary>
    DaysFromNow,
    /// <summary>Months from publication ("last month" = -1, "earlier this month" = 0, "next month" = 1).</summary>
    MonthsFromNow,
    /// <summary>Weeks from publication ("last week" = -1, "this week" = 0, "next week" = 1).</summary>
    WeeksFromNow,
    /// <summary>Days from the event the text is talking about ("a day after" = -1 when the talks came a day after it; "later in the day" = 0).</summary>
    DaysFromEvent,
    /// <summary>Weeks from the event the text is talking about ("nearly three weeks after" = -3 when the meeting is
    /// the one after "after"); Modifier "now" counts from publication ("two weeks ago"). A month at most.</summary>
    WeeksFromEvent,
    /// <summary>A weekend from publication ("over the weekend" = 0: the last one for past events, the next for planned;
    /// "last weekend" = -1, "next weekend" = 1).</summary>
    Weekend,
    /// <summary>The days from publication, about a week ("in the coming days"): a month only when the week stays in one.</summary>
    ComingDays,
    /// <summary>A year or span no reader can turn into a day or month ("last year", "in 2019").</summary>
    Vague,
}

/// <summary>A time phrase in a sentence (span in the sentence) with what it names.</summary>
internal sealed record DateMention(int Start, int End, DateKind Kind, int Year = 0, int Month = 0, int Day = 0, int Shift = 0, DayOfWeek Weekday = DayOfWeek.Sunday, string Modifier = "");

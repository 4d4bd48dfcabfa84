using EnvoyGraph.Extraction.Facts;
using GraphQL.Types;

namespace EnvoyGraph.Api.Schema.Enums;

/// <summary>How much of a date the reports give.</summary>
public sealed class DatePrecisionGraphType : EnumerationGraphType
{
    public DatePrecisionGraphType()
    {
        Name = "DatePrecision";
        Description = "How much of a date the reports give.";
        Add("DAY", DatePrecision.Day, "The day is known: the date reads YYYY-MM-DD.");
        Add("MONTH", DatePrecision.Month, "Only the month is known: the date reads YYYY-MM.");
    }
}

using EnvoyGraph.Extraction.Facts;
using GraphQL.Types;
using GraphQLParser.AST;

namespace EnvoyGraph.Api.Schema.Scalars;

/// <summary>The <c>Date</c> scalar: <c>YYYY-MM-DD</c>, or <c>YYYY-MM</c> when only the month is known.</summary>
public sealed class PartialDateGraphType : ScalarGraphType
{
    public PartialDateGraphType()
    {
        Name = "Date";
        Description = "A calendar date, YYYY-MM-DD, or a month, YYYY-MM, when only the month is known. " +
                      "As a filter bound, a month stands for its first day in `from` and its last day in `to`.";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue s => Parse((string)s.Value),
        _ => ThrowLiteralConversionError(value, "expected a string YYYY-MM-DD or YYYY-MM"),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string s => Parse(s),
        PartialDate d => d,
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        PartialDate d => d.ToString(),
        DateOnly d => PartialDate.FromDate(d).ToString(),
        string s => Parse(s).ToString(),
        _ => ThrowSerializationError(value),
    };

    public override bool CanParseLiteral(GraphQLValue value) =>
        value is GraphQLNullValue || (value is GraphQLStringValue s && PartialDate.TryParse((string)s.Value, out _));

    public override bool CanParseValue(object? value) =>
        value is null or PartialDate || (value is string s && PartialDate.TryParse(s, out _));

    private static PartialDate Parse(string text) =>
        PartialDate.TryParse(text, out var date) && text.Trim() == text
            ? date.Value
            : throw new FormatException($"'{text}' is not a date: expected YYYY-MM-DD or YYYY-MM");
}

using EnvoyGraph.Extraction.Facts;
using EnvoyGraph.Graph.Model;

namespace EnvoyGraph.Graph.Neo4j;

/// <summary>Builds the parameter maps of read statements; every optional filter is present, null when unused.</summary>
internal sealed class Neo4jParameters : Dictionary<string, object?>
{
    public Neo4jParameters() : base(StringComparer.Ordinal) { }

    public Neo4jParameters With(string name, object? value)
    {
        this[name] = value;
        return this;
    }

    /// <summary>$fromMonth/$fromStart and $toEnd for an inclusive [from, to] compared by overlap.</summary>
    public Neo4jParameters WithDates(PartialDate? from, PartialDate? to) => this
        .With("fromMonth", from?.Start.ToString("yyyy-MM"))
        .With("fromStart", from?.Start.ToString("yyyy-MM-dd"))
        .With("toEnd", to?.End.ToString("yyyy-MM-dd"));

    public static Neo4jParameters Ids(IEnumerable<string> ids) => new Neo4jParameters().With("ids", ids.Distinct().ToArray());
}

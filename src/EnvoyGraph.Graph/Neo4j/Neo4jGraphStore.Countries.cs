using EnvoyGraph.Graph.Model;
using EnvoyGraph.Graph.Neo4j.Cypher;
using static EnvoyGraph.Graph.Neo4j.Neo4jValues;

namespace EnvoyGraph.Graph.Neo4j;

public sealed partial class Neo4jGraphStore
{
    public async Task<IReadOnlyList<Country>> GetCountriesAsync(IReadOnlyCollection<string>? codes = null, CancellationToken ct = default)
    {
        if (codes is { Count: 0 }) return [];
        var parameters = new Neo4jParameters().With("codes", codes?.Distinct().ToArray());
        return (await Run(ReadCypher.Countries, parameters, ct)).Column("country").Select(Country).ToList();
    }

    public async Task<IReadOnlyList<Person>> GetPersonsByCountriesAsync(IReadOnlyCollection<string> countryCodes, CancellationToken ct = default)
    {
        if (countryCodes.Count == 0) return [];
        var parameters = new Neo4jParameters().With("codes", countryCodes.Distinct().ToArray());
        return (await Run(ReadCypher.PersonsByCountries, parameters, ct)).Column("person").Select(Person).ToList();
    }

    public async Task<IReadOnlyList<CountryPartner>> GetCountryPartnersAsync(IReadOnlyCollection<string> countryCodes, CancellationToken ct = default)
    {
        if (countryCodes.Count == 0) return [];
        var parameters = new Neo4jParameters().With("codes", countryCodes.Distinct().ToArray());
        var result = await Run(ReadCypher.CountryPartners, parameters, ct);
        return result.Rows.Select(r => new CountryPartner(Str(r[0])!, Str(r[1])!, Int(r[2]))).ToList();
    }
}

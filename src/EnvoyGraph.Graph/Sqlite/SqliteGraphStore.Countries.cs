using EnvoyGraph.Graph.Model;

namespace EnvoyGraph.Graph.Sqlite;

public sealed partial class SqliteGraphStore
{
    public Task<IReadOnlyList<Country>> GetCountriesAsync(IReadOnlyCollection<string>? codes = null, CancellationToken ct = default)
    {
        if (codes is not null)
            return ByIdsAsync(codes, "c", "SELECT code, name, aliases FROM countries WHERE code IN ({0}) ORDER BY name", MapCountry, ct);
        return ReadAsync<IReadOnlyList<Country>>(async c =>
        {
            await using var cmd = c.Command("SELECT code, name, aliases FROM countries ORDER BY name");
            return await cmd.ListAsync(MapCountry, ct);
        }, ct);
    }

    private static Country MapCountry(Microsoft.Data.Sqlite.SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), SqliteRows.ReadList(r.GetString(2)));

    public Task<IReadOnlyList<Person>> GetPersonsByCountriesAsync(IReadOnlyCollection<string> countryCodes, CancellationToken ct = default) =>
        ByIdsAsync(countryCodes, "c",
            $"SELECT {SqliteRows.PersonColumns} FROM persons p WHERE p.country_code IN ({{0}}) ORDER BY p.sort_name, p.id",
            SqliteRows.Person, ct);

    /// <summary>For each country, the other countries its envoys met in held meetings, with the number of such meetings.</summary>
    public Task<IReadOnlyList<CountryPartner>> GetCountryPartnersAsync(IReadOnlyCollection<string> countryCodes, CancellationToken ct = default) =>
        ByIdsAsync(countryCodes, "c", """
            SELECT x.country_code, y.country_code, count(*)
            FROM meeting_countries x
            JOIN meeting_countries y ON y.meeting_id = x.meeting_id AND y.country_code <> x.country_code
            JOIN meetings m ON m.id = x.meeting_id AND m.status = 0
            WHERE x.country_code IN ({0})
            GROUP BY x.country_code, y.country_code
            ORDER BY x.country_code, 3 DESC, y.country_code
            """,
            r => new CountryPartner(r.GetString(0), r.GetString(1), r.GetInt32(2)), ct);
}

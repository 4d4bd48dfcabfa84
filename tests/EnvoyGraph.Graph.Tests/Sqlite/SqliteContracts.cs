using EnvoyGraph.Graph.Tests.Contract;

namespace EnvoyGraph.Graph.Tests.Sqlite;

// The contract suite against the embedded SQLite store: one line per topic.
public sealed class SqliteIngestContract : IngestContract<SqliteStoreFactory>;
public sealed class SqliteMeetingMergingContract : MeetingMergingContract<SqliteStoreFactory>;
public sealed class SqliteMeetingsContract : MeetingsContract<SqliteStoreFactory>;
public sealed class SqlitePersonsContract : PersonsContract<SqliteStoreFactory>;
public sealed class SqliteEncountersAndPathContract : EncountersAndPathContract<SqliteStoreFactory>;
public sealed class SqliteCountriesArticlesStatsContract : CountriesArticlesStatsContract<SqliteStoreFactory>;

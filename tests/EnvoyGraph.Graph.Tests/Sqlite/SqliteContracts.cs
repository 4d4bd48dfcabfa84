using EnvoyGraph.Graph.Tests.Contract;

namespace EnvoyGraph.Graph.Tests.Sqlite;

// The contract suite against the embedded SQLite store: one line per topic.
public sealed class SqliteIngestContract : IngestContract<SqliteStoreFactory>;

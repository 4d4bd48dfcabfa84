using EnvoyGraph.Graph.Tests.Contract;

namespace EnvoyGraph.Graph.Tests.Neo4j;

// The contract suite against Neo4j (issue 4): one line per topic. The classes share one database,
// so they run one after another, in the "Neo4j database" collection.

[CollectionDefinition("Neo4j database", DisableParallelization = true)]
public sealed class Neo4jDatabaseCollection;

[Collection("Neo4j database")]
public sealed class Neo4jIngestContract : IngestContract<Neo4jStoreFactory>;

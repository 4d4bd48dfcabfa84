using EnvoyGraph.Graph.Tests.Contract;

namespace EnvoyGraph.Graph.Tests.Neo4j;

// The contract suite against Neo4j (issue 4): one line per topic. The classes share one database,
// so they run one after another, in the "Neo4j database" collection.

[CollectionDefinition("Neo4j database", DisableParallelization = true)]
public sealed class Neo4jDatabaseCollection;

[Collection("Neo4j database")] public sealed class Neo4jIngestContract : IngestContract<Neo4jStoreFactory>;
[Collection("Neo4j database")] public sealed class Neo4jMeetingMergingContract : MeetingMergingContract<Neo4jStoreFactory>;
[Collection("Neo4j database")] public sealed class Neo4jMeetingsContract : MeetingsContract<Neo4jStoreFactory>;
[Collection("Neo4j database")] public sealed class Neo4jPersonsContract : PersonsContract<Neo4jStoreFactory>;
[Collection("Neo4j database")] public sealed class Neo4jEncountersAndPathContract : EncountersAndPathContract<Neo4jStoreFactory>;
[Collection("Neo4j database")] public sealed class Neo4jCountriesArticlesStatsContract : CountriesArticlesStatsContract<Neo4jStoreFactory>;

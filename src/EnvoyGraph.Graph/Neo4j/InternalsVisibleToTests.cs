using System.Runtime.CompilerServices;

// The Neo4j tests check what the adapter sends (rows, the password it logs in with) without widening its public surface.
[assembly: InternalsVisibleTo("EnvoyGraph.Graph.Tests")]

namespace EnvoyGraph.Graph;

/// <summary>
/// A store that cannot be opened or used, with a one-line message naming the store (path or URI,
/// never a password) and what is wrong. The CLI and the server print <see cref="Exception.Message"/> as is.
/// </summary>
public sealed class GraphStoreException(string message, Exception? inner = null) : Exception(message, inner);

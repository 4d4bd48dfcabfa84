using System.Collections.Concurrent;
using System.Reflection;
using EnvoyGraph.Graph;

namespace EnvoyGraph.Api.Tests.Support;

/// <summary>
/// Wraps a store and counts the calls made to it, by method name, so a test can pin how many
/// store round trips a query costs. A null inner store fails any call: for tests that must not read.
/// </summary>
public class CountingStore : DispatchProxy
{
    private IGraphStore? _inner;

    public ConcurrentDictionary<string, int> Calls { get; } = new();

    public int TotalCalls => Calls.Values.Sum();

    public static (IGraphStore Store, CountingStore Counter) Wrap(IGraphStore? inner)
    {
        var proxy = Create<IGraphStore, CountingStore>();
        var counter = (CountingStore)(object)proxy;
        counter._inner = inner;
        return (proxy, counter);
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (targetMethod.Name != "get_Description") Calls.AddOrUpdate(targetMethod.Name, 1, (_, n) => n + 1);
        if (_inner is null)
        {
            if (targetMethod.Name == "get_Description") return "no store";
            if (targetMethod.Name == nameof(IAsyncDisposable.DisposeAsync)) return ValueTask.CompletedTask;
            throw new InvalidOperationException($"this test must not read the store, but it called {targetMethod.Name}");
        }
        try { return targetMethod.Invoke(_inner, args); }
        catch (TargetInvocationException e) when (e.InnerException is not null) { throw e.InnerException; }
    }
}

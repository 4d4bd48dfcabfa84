using EnvoyGraph.Api;
using EnvoyGraph.Graph;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EnvoyGraph.Web.Tests.Hosting;

/// <summary>
/// The real web app on Kestrel at a free loopback port (not TestServer: a browser must be able to reach it).
/// Disposing stops it.
/// </summary>
public sealed class LoopbackApp : IAsyncDisposable
{
    private readonly WebApplication app;

    private LoopbackApp(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
        Http = new HttpClient { BaseAddress = address };
    }

    /// <summary>The base address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Address { get; }

    public HttpClient Http { get; }

    /// <summary>Starts the whole service (GraphQL, pages, exports) over <paramref name="store"/>.</summary>
    public static Task<LoopbackApp> StartAsync(IGraphStore store) =>
        StartAsync(services => services.AddEnvoyGraph(store, new ApiOptions()), app => app.MapEnvoyGraph());

    /// <summary>Starts an app with the given services and routes.</summary>
    public static async Task<LoopbackApp> StartAsync(Action<IServiceCollection> services, Action<WebApplication> map)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        services(builder.Services);
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LoopbackApp(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

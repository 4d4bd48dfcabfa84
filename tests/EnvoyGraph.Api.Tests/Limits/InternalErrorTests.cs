using System.Net;
using EnvoyGraph.Api.Tests.Support;

namespace EnvoyGraph.Api.Tests.Limits;

/// <summary>A failure inside the service reaches the client as INTERNAL_SERVER_ERROR, with no exception text (issue 5).</summary>
public sealed class InternalErrorTests
{
    [Fact]
    public async Task Store_failure_is_an_internal_error_without_details()
    {
        // The counting store with no inner store throws InvalidOperationException naming the method it was asked for.
        await using var host = await ApiHost.StartAsync(CountingStore.Wrap(null).Store);
        var response = await host.PostAsync("""{ persons { totalCount } }""");
        await Expect.Response(response, HttpStatusCode.OK, "application/json; charset=utf-8",
            """{"errors":[{"message":"Internal server error.","locations":[{"line":1,"column":3}],"path":["persons"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":null}""");
    }
}

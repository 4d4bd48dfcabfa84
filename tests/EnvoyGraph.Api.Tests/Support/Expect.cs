using System.Net;

namespace EnvoyGraph.Api.Tests.Support;

/// <summary>Assertions on what a client sees: status, content type and the whole body.</summary>
public static class Expect
{
    public static async Task Response(HttpResponseMessage response, HttpStatusCode status, string contentType, string body)
    {
        var actual = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {actual}");
        Assert.Equal(contentType, response.Content.Headers.ContentType?.ToString());
        Assert.Equal(body, actual);
    }
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace EnvoyGraph.Api.Http;

/// <summary>Whether a request carries the operator's API key.</summary>
public static class ApiKey
{
    /// <summary>
    /// True when a key is configured and the request sends it in <c>X-Api-Key</c> or as
    /// <c>Authorization: Bearer KEY</c>. Compared in constant time so the key cannot be guessed by timing.
    /// </summary>
    public static bool IsPresented(HttpRequest request, string? configuredKey)
    {
        if (string.IsNullOrEmpty(configuredKey)) return false;
        var given = request.Headers["X-Api-Key"].ToString();
        if (given.Length == 0)
        {
            var auth = request.Headers.Authorization.ToString();
            if (auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) given = auth["Bearer ".Length..].Trim();
        }
        return given.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(configuredKey));
    }
}

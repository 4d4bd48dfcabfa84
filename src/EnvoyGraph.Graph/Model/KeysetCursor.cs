using System.Text;

namespace EnvoyGraph.Graph.Model;

/// <summary>
/// Keyset cursors shared by every store: the sort-key values of the last row of a page (e.g. a
/// meeting's date and id), tagged with the list they come from, in URL-safe base64. Not an offset:
/// a page after a cursor starts right after that row however many rows were added before it.
/// </summary>
public static class KeysetCursor
{
    private const char Separator = '\u001f';

    /// <summary>Encodes the sort key <paramref name="parts"/> of a row of list <paramref name="kind"/> ("meetings", "persons" ...).</summary>
    public static string Encode(string kind, params string[] parts) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(kind + Separator + string.Join(Separator, parts)))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The sort key in <paramref name="cursor"/>, which must come from list <paramref name="kind"/> with <paramref name="partCount"/> parts.</summary>
    /// <exception cref="BadCursorException">The cursor is not one this list gave out.</exception>
    public static string[] Decode(string cursor, string kind, int partCount)
    {
        try
        {
            var b64 = cursor.Replace('-', '+').Replace('_', '/');
            b64 = b64.PadRight(b64.Length + (4 - b64.Length % 4) % 4, '=');
            var text = new UTF8Encoding(false, true).GetString(Convert.FromBase64String(b64));
            var parts = text.Split(Separator);
            if (parts.Length == partCount + 1 && parts[0] == kind) return parts[1..];
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
        }
        throw new BadCursorException(cursor);
    }
}

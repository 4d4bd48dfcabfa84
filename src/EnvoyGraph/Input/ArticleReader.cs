using System.Text;

namespace EnvoyGraph.Cli.Input;

/// <summary>An article's text as read, or the reason it could not be read.</summary>
public sealed record ArticleRead(string Source, string? Text, string? Problem)
{
    public bool Succeeded => Problem is null;
}

/// <summary>
/// Reads article files and standard input defensively: a size limit checked before reading, and one clear reason
/// for empty, binary and non-UTF-8 input, so that one bad file never stops the others.
/// </summary>
public sealed class ArticleReader(long maxBytes)
{
    /// <summary>The default of <c>--max-file-size</c>: far above any news article, far below a stray disk image.</summary>
    public const long DefaultMaxBytes = 10L << 20;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public long MaxBytes { get; } = maxBytes;

    /// <summary>Reads one location; never throws for a problem with the input itself.</summary>
    public async Task<ArticleRead> ReadAsync(ArticleLocation location, Func<Stream> openStdin, CancellationToken ct = default)
    {
        if (location.Problem is not null)
            return new ArticleRead(location.Source, null, location.Problem);
        try
        {
            if (location.IsStdin)
            {
                await using var stdin = openStdin();
                var bytes = await ReadUpToAsync(stdin, MaxBytes + 1, ct);
                return bytes.Length > MaxBytes
                    ? TooLarge(location.Source, "input")
                    : Decode(location.Source, bytes);
            }
            var length = new FileInfo(location.Source).Length;
            if (length > MaxBytes)
                return TooLarge(location.Source, ByteSize.Format(length));
            return Decode(location.Source, await File.ReadAllBytesAsync(location.Source, ct));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ArticleRead(location.Source, null, $"cannot read: {e.Message}");
        }
    }

    /// <summary>Bytes → text: UTF-8 (BOM optional) or UTF-16 with a BOM; anything else is refused with the reason.</summary>
    public static ArticleRead Decode(string source, ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
            return new ArticleRead(source, null, "empty file");
        string text;
        try
        {
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
                text = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes[2..]);
            else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
                text = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes[2..]);
            else
            {
                // NUL is valid UTF-8, so binary files have to be caught before decoding.
                var nul = bytes.IndexOf((byte)0);
                if (nul >= 0)
                    return new ArticleRead(source, null, $"binary file (NUL byte at offset {nul}), not an article");
                if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
                    bytes = bytes[3..];
                text = StrictUtf8.GetString(bytes);
            }
        }
        catch (DecoderFallbackException e)
        {
            var at = e.Index >= 0 && e.BytesUnknown is { Length: > 0 } unknown
                ? $" (byte 0x{unknown[0]:X2} near offset {e.Index})"
                : "";
            return new ArticleRead(source, null, $"not UTF-8{at}; save the file as UTF-8");
        }
        if (string.IsNullOrWhiteSpace(text))
            return new ArticleRead(source, null, "empty file (only whitespace)");
        return new ArticleRead(source, text, null);
    }

    private ArticleRead TooLarge(string source, string size) =>
        new(source, null, $"{size} is over the size limit of {ByteSize.Format(MaxBytes)} (raise it with --max-file-size)");

    private static async Task<byte[]> ReadUpToAsync(Stream stream, long limit, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while (buffer.Length < limit && (n = await stream.ReadAsync(chunk, ct)) > 0)
            buffer.Write(chunk, 0, (int)Math.Min(n, limit - buffer.Length));
        return buffer.ToArray();
    }
}

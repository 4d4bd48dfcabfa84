using System.Globalization;

namespace EnvoyGraph.Cli.Input;

/// <summary>A size as people type and read it: <c>10MB</c>, <c>512KB</c>, <c>1GB</c> or plain bytes (binary units: 1 KB = 1024 bytes).</summary>
public readonly record struct ByteSize(long Bytes)
{
    public override string ToString() => Format(Bytes);


    private static readonly (string Suffix, long Factor)[] Units =
        [("GB", 1L << 30), ("G", 1L << 30), ("MB", 1L << 20), ("M", 1L << 20), ("KB", 1L << 10), ("K", 1L << 10), ("B", 1)];

    /// <summary>Parses a size; false when the text is not a positive size.</summary>
    public static bool TryParse(string text, out long bytes)
    {
        bytes = 0;
        var s = text.Trim();
        long factor = 1;
        foreach (var (suffix, f) in Units)
        {
            if (s.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                factor = f;
                s = s[..^suffix.Length].Trim();
                break;
            }
        }
        if (!decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) || number <= 0)
            return false;
        var value = number * factor;
        if (value > long.MaxValue) return false;
        bytes = (long)value;
        return bytes > 0;
    }

    /// <summary>A short readable size: <c>10 MB</c>, <c>1.5 KB</c>, <c>312 bytes</c>.</summary>
    public static string Format(long bytes) => bytes switch
    {
        >= 1L << 30 => Scaled(bytes, 1L << 30, "GB"),
        >= 1L << 20 => Scaled(bytes, 1L << 20, "MB"),
        >= 1L << 10 => Scaled(bytes, 1L << 10, "KB"),
        1 => "1 byte",
        _ => $"{bytes} bytes",
    };

    private static string Scaled(long bytes, long unit, string name) =>
        ((decimal)bytes / unit).ToString("0.#", CultureInfo.InvariantCulture) + " " + name;
}

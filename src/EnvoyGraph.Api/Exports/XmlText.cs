using System.Text;
using System.Xml;

namespace EnvoyGraph.Api.Exports;

/// <summary>Text from articles made safe for XML 1.0, which cannot carry most control characters even escaped.</summary>
public static class XmlText
{
    /// <summary><paramref name="value"/> with characters XML 1.0 forbids (and lone surrogates) replaced by U+FFFD.</summary>
    public static string Clean(string value)
    {
        var firstBad = -1;
        for (var i = 0; i < value.Length; i++)
        {
            if (!IsAllowed(value, i, out var pair)) { firstBad = i; break; }
            if (pair) i++;
        }
        if (firstBad < 0) return value;

        var clean = new StringBuilder(value.Length).Append(value, 0, firstBad);
        for (var i = firstBad; i < value.Length; i++)
        {
            if (IsAllowed(value, i, out var pair))
            {
                clean.Append(value[i]);
                if (pair) clean.Append(value[++i]);
            }
            else clean.Append('\uFFFD');
        }
        return clean.ToString();
    }

    private static bool IsAllowed(string s, int i, out bool surrogatePair)
    {
        surrogatePair = false;
        var c = s[i];
        if (char.IsHighSurrogate(c))
            return surrogatePair = i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]);
        if (char.IsLowSurrogate(c)) return false;
        return XmlConvert.IsXmlChar(c);
    }
}

using System.Text;
using System.Xml;

namespace EnvoyGraph.Api.Exports;

/// <summary>
/// graph.graphml: persons as nodes (name, country, role), one undirected edge per pair of participants per
/// meeting, carrying the meeting id, its date (as given and as a first/last day) and mode, status, format, location.
/// </summary>
public static class GraphMlWriter
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private static readonly (string Id, string For, string Name)[] Keys =
    [
        ("label", "node", "label"), ("country", "node", "country"), ("country_name", "node", "country_name"), ("role", "node", "role"),
        ("meeting", "edge", "meeting"), ("date", "edge", "date"), ("start", "edge", "start"), ("end", "edge", "end"),
        ("date_precision", "edge", "date_precision"), ("mode", "edge", "mode"), ("status", "edge", "status"),
        ("format", "edge", "format"), ("location", "edge", "location"),
    ];

    public static async Task WriteAsync(Stream output, MeetingPages pages, CancellationToken ct = default)
    {
        var settings = new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true, CloseOutput = false };
        await using var xml = XmlWriter.Create(output, settings);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "graphml", Namespace);
        foreach (var (id, @for, name) in Keys)
        {
            await xml.WriteStartElementAsync(null, "key", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, id);
            await xml.WriteAttributeStringAsync(null, "for", null, @for);
            await xml.WriteAttributeStringAsync(null, "attr.name", null, name);
            await xml.WriteAttributeStringAsync(null, "attr.type", null, "string");
            await xml.WriteEndElementAsync();
        }
        await xml.WriteStartElementAsync(null, "graph", Namespace);
        await xml.WriteAttributeStringAsync(null, "id", null, "envoygraph");
        await xml.WriteAttributeStringAsync(null, "edgedefault", null, "undirected");

        var count = 0;
        await foreach (var p in EncounterGraph.PersonsAsync(pages, ct))
        {
            await xml.WriteStartElementAsync(null, "node", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, p.Person.Id);
            await DataAsync(xml, "label", p.Person.Name);
            await DataAsync(xml, "country", p.Person.CountryCode);
            await DataAsync(xml, "country_name", p.Country?.Name);
            await DataAsync(xml, "role", p.Person.Role);
            await xml.WriteEndElementAsync();
            if (++count % 1000 == 0) await xml.FlushAsync();
        }

        count = 0;
        await foreach (var e in EncounterGraph.EdgesAsync(pages, ct))
        {
            var m = e.Meeting.Meeting;
            await xml.WriteStartElementAsync(null, "edge", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, "e" + (++count).ToString(System.Globalization.CultureInfo.InvariantCulture));
            await xml.WriteAttributeStringAsync(null, "source", null, e.A.Id);
            await xml.WriteAttributeStringAsync(null, "target", null, e.B.Id);
            await DataAsync(xml, "meeting", m.Id);
            await DataAsync(xml, "date", m.Date?.ToString());
            await DataAsync(xml, "start", m.Date?.Start.ToString("yyyy-MM-dd"));
            await DataAsync(xml, "end", m.Date?.End.ToString("yyyy-MM-dd"));
            await DataAsync(xml, "date_precision", m.Date is { } d ? (d.Day is null ? "month" : "day") : null);
            await DataAsync(xml, "mode", ExportText.Mode(m.Mode));
            await DataAsync(xml, "status", ExportText.Status(m.Status));
            await DataAsync(xml, "format", m.Format);
            await DataAsync(xml, "location", m.Location);
            await xml.WriteEndElementAsync();
            if (count % 1000 == 0) await xml.FlushAsync();
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    private static async Task DataAsync(XmlWriter xml, string key, string? value)
    {
        if (value is null) return;
        await xml.WriteStartElementAsync(null, "data", Namespace);
        await xml.WriteAttributeStringAsync(null, "key", null, key);
        await xml.WriteStringAsync(XmlText.Clean(value));
        await xml.WriteEndElementAsync();
    }
}

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
        await using var buffered = new BufferedXml(output);
        var xml = buffered.Writer;
        xml.WriteStartDocument();
        xml.WriteStartElement(null, "graphml", Namespace);
        foreach (var (id, @for, name) in Keys)
        {
            xml.WriteStartElement(null, "key", Namespace);
            xml.WriteAttributeString(null, "id", null, id);
            xml.WriteAttributeString(null, "for", null, @for);
            xml.WriteAttributeString(null, "attr.name", null, name);
            xml.WriteAttributeString(null, "attr.type", null, "string");
            xml.WriteEndElement();
        }
        xml.WriteStartElement(null, "graph", Namespace);
        xml.WriteAttributeString(null, "id", null, "envoygraph");
        xml.WriteAttributeString(null, "edgedefault", null, "undirected");

        await foreach (var p in EncounterGraph.PersonsAsync(pages, ct))
        {
            xml.WriteStartElement(null, "node", Namespace);
            xml.WriteAttributeString(null, "id", null, p.Person.Id);
            Data(xml, "label", p.Person.Name);
            Data(xml, "country", p.Person.CountryCode);
            Data(xml, "country_name", p.Country?.Name);
            Data(xml, "role", p.Person.Role);
            xml.WriteEndElement();
            await buffered.ElementWrittenAsync(ct);
        }

        var count = 0;
        await foreach (var e in EncounterGraph.EdgesAsync(pages, ct))
        {
            var m = e.Meeting.Meeting;
            xml.WriteStartElement(null, "edge", Namespace);
            xml.WriteAttributeString(null, "id", null, "e" + (++count).ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString(null, "source", null, e.A.Id);
            xml.WriteAttributeString(null, "target", null, e.B.Id);
            Data(xml, "meeting", m.Id);
            Data(xml, "date", m.Date?.ToString());
            Data(xml, "start", m.Date?.Start.ToString("yyyy-MM-dd"));
            Data(xml, "end", m.Date?.End.ToString("yyyy-MM-dd"));
            Data(xml, "date_precision", m.Date is { } d ? (d.Day is null ? "month" : "day") : null);
            Data(xml, "mode", ExportText.Mode(m.Mode));
            Data(xml, "status", ExportText.Status(m.Status));
            Data(xml, "format", m.Format);
            Data(xml, "location", m.Location);
            xml.WriteEndElement();
            await buffered.ElementWrittenAsync(ct);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
        await buffered.DrainAsync(ct);
    }

    private static void Data(XmlWriter xml, string key, string? value)
    {
        if (value is null) return;
        xml.WriteStartElement(null, "data", Namespace);
        xml.WriteAttributeString(null, "key", null, key);
        xml.WriteString(XmlText.Clean(value));
        xml.WriteEndElement();
    }
}

using System.Globalization;
using System.Text;
using System.Xml;

namespace EnvoyGraph.Api.Exports;

/// <summary>
/// graph.gexf: the who-met-whom graph as GEXF 1.3, dynamic, with each edge dated by its meeting
/// (<c>start</c>/<c>end</c> days; a month-precision meeting spans its month), so Gephi's timeline plays the
/// meetings in order. Undated meetings give edges with no interval (always present).
/// </summary>
public static class GexfWriter
{
    public const string Namespace = "http://gexf.net/1.3";

    private static readonly string[] NodeAttributes = ["country", "country_name", "role"];
    private static readonly string[] EdgeAttributes = ["meeting", "date", "date_precision", "mode", "status", "format", "location"];

    public static async Task WriteAsync(Stream output, MeetingPages pages, CancellationToken ct = default)
    {
        await using var buffered = new BufferedXml(output);
        var xml = buffered.Writer;
        xml.WriteStartDocument();
        xml.WriteStartElement(null, "gexf", Namespace);
        xml.WriteAttributeString(null, "version", null, "1.3");
        xml.WriteStartElement(null, "meta", Namespace);
        xml.WriteElementString(null, "creator", Namespace, "EnvoyGraph");
        xml.WriteElementString(null, "description", Namespace, "Who met whom: envoys as nodes, one edge per pair of participants per meeting, dated by the meeting.");
        xml.WriteEndElement();

        xml.WriteStartElement(null, "graph", Namespace);
        xml.WriteAttributeString(null, "mode", null, "dynamic");
        xml.WriteAttributeString(null, "defaultedgetype", null, "undirected");
        xml.WriteAttributeString(null, "timeformat", null, "date");
        xml.WriteAttributeString(null, "timerepresentation", null, "interval");
        Attributes(xml, "node", NodeAttributes);
        Attributes(xml, "edge", EdgeAttributes);

        xml.WriteStartElement(null, "nodes", Namespace);
        await foreach (var p in EncounterGraph.PersonsAsync(pages, ct))
        {
            xml.WriteStartElement(null, "node", Namespace);
            xml.WriteAttributeString(null, "id", null, p.Person.Id);
            xml.WriteAttributeString(null, "label", null, XmlText.Clean(p.Person.Name));
            AttValues(xml, [("country", p.Person.CountryCode), ("country_name", p.Country?.Name), ("role", p.Person.Role)]);
            xml.WriteEndElement();
            await buffered.ElementWrittenAsync(ct);
        }
        xml.WriteEndElement();

        xml.WriteStartElement(null, "edges", Namespace);
        var count = 0;
        await foreach (var e in EncounterGraph.EdgesAsync(pages, ct))
        {
            var m = e.Meeting.Meeting;
            xml.WriteStartElement(null, "edge", Namespace);
            xml.WriteAttributeString(null, "id", null, "e" + (++count).ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString(null, "source", null, e.A.Id);
            xml.WriteAttributeString(null, "target", null, e.B.Id);
            xml.WriteAttributeString(null, "weight", null, "1");
            if (m.Date is { } date)
            {
                xml.WriteAttributeString(null, "start", null, date.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                xml.WriteAttributeString(null, "end", null, date.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            AttValues(xml,
            [
                ("meeting", m.Id), ("date", m.Date?.ToString()), ("date_precision", m.Date is { } d ? (d.Day is null ? "month" : "day") : null),
                ("mode", ExportText.Mode(m.Mode)), ("status", ExportText.Status(m.Status)), ("format", m.Format), ("location", m.Location),
            ]);
            xml.WriteEndElement();
            await buffered.ElementWrittenAsync(ct);
        }
        xml.WriteEndElement();

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
        await buffered.DrainAsync(ct);
    }

    private static void Attributes(XmlWriter xml, string @class, IEnumerable<string> names)
    {
        xml.WriteStartElement(null, "attributes", Namespace);
        xml.WriteAttributeString(null, "class", null, @class);
        xml.WriteAttributeString(null, "mode", null, "static");
        foreach (var name in names)
        {
            xml.WriteStartElement(null, "attribute", Namespace);
            xml.WriteAttributeString(null, "id", null, name);
            xml.WriteAttributeString(null, "title", null, name);
            xml.WriteAttributeString(null, "type", null, "string");
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void AttValues(XmlWriter xml, IEnumerable<(string For, string? Value)> values)
    {
        var present = values.Where(v => v.Value is not null).ToList();
        if (present.Count == 0) return;
        xml.WriteStartElement(null, "attvalues", Namespace);
        foreach (var (@for, value) in present)
        {
            xml.WriteStartElement(null, "attvalue", Namespace);
            xml.WriteAttributeString(null, "for", null, @for);
            xml.WriteAttributeString(null, "value", null, XmlText.Clean(value!));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }
}

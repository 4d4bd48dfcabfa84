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
        var settings = new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true, CloseOutput = false };
        await using var xml = XmlWriter.Create(output, settings);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "gexf", Namespace);
        await xml.WriteAttributeStringAsync(null, "version", null, "1.3");
        await xml.WriteStartElementAsync(null, "meta", Namespace);
        await xml.WriteElementStringAsync(null, "creator", Namespace, "EnvoyGraph");
        await xml.WriteElementStringAsync(null, "description", Namespace, "Who met whom: envoys as nodes, one edge per pair of participants per meeting, dated by the meeting.");
        await xml.WriteEndElementAsync();

        await xml.WriteStartElementAsync(null, "graph", Namespace);
        await xml.WriteAttributeStringAsync(null, "mode", null, "dynamic");
        await xml.WriteAttributeStringAsync(null, "defaultedgetype", null, "undirected");
        await xml.WriteAttributeStringAsync(null, "timeformat", null, "date");
        await xml.WriteAttributeStringAsync(null, "timerepresentation", null, "interval");
        await AttributesAsync(xml, "node", NodeAttributes);
        await AttributesAsync(xml, "edge", EdgeAttributes);

        await xml.WriteStartElementAsync(null, "nodes", Namespace);
        var count = 0;
        await foreach (var p in EncounterGraph.PersonsAsync(pages, ct))
        {
            await xml.WriteStartElementAsync(null, "node", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, p.Person.Id);
            await xml.WriteAttributeStringAsync(null, "label", null, XmlText.Clean(p.Person.Name));
            await AttValuesAsync(xml, [("country", p.Person.CountryCode), ("country_name", p.Country?.Name), ("role", p.Person.Role)]);
            await xml.WriteEndElementAsync();
            if (++count % 1000 == 0) await xml.FlushAsync();
        }
        await xml.WriteEndElementAsync();

        await xml.WriteStartElementAsync(null, "edges", Namespace);
        count = 0;
        await foreach (var e in EncounterGraph.EdgesAsync(pages, ct))
        {
            var m = e.Meeting.Meeting;
            await xml.WriteStartElementAsync(null, "edge", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, "e" + (++count).ToString(CultureInfo.InvariantCulture));
            await xml.WriteAttributeStringAsync(null, "source", null, e.A.Id);
            await xml.WriteAttributeStringAsync(null, "target", null, e.B.Id);
            await xml.WriteAttributeStringAsync(null, "weight", null, "1");
            if (m.Date is { } date)
            {
                await xml.WriteAttributeStringAsync(null, "start", null, date.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                await xml.WriteAttributeStringAsync(null, "end", null, date.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            await AttValuesAsync(xml,
            [
                ("meeting", m.Id), ("date", m.Date?.ToString()), ("date_precision", m.Date is { } d ? (d.Day is null ? "month" : "day") : null),
                ("mode", ExportText.Mode(m.Mode)), ("status", ExportText.Status(m.Status)), ("format", m.Format), ("location", m.Location),
            ]);
            await xml.WriteEndElementAsync();
            if (count % 1000 == 0) await xml.FlushAsync();
        }
        await xml.WriteEndElementAsync();

        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    private static async Task AttributesAsync(XmlWriter xml, string @class, IEnumerable<string> names)
    {
        await xml.WriteStartElementAsync(null, "attributes", Namespace);
        await xml.WriteAttributeStringAsync(null, "class", null, @class);
        await xml.WriteAttributeStringAsync(null, "mode", null, "static");
        foreach (var name in names)
        {
            await xml.WriteStartElementAsync(null, "attribute", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, name);
            await xml.WriteAttributeStringAsync(null, "title", null, name);
            await xml.WriteAttributeStringAsync(null, "type", null, "string");
            await xml.WriteEndElementAsync();
        }
        await xml.WriteEndElementAsync();
    }

    private static async Task AttValuesAsync(XmlWriter xml, IEnumerable<(string For, string? Value)> values)
    {
        var present = values.Where(v => v.Value is not null).ToList();
        if (present.Count == 0) return;
        await xml.WriteStartElementAsync(null, "attvalues", Namespace);
        foreach (var (@for, value) in present)
        {
            await xml.WriteStartElementAsync(null, "attvalue", Namespace);
            await xml.WriteAttributeStringAsync(null, "for", null, @for);
            await xml.WriteAttributeStringAsync(null, "value", null, XmlText.Clean(value!));
            await xml.WriteEndElementAsync();
        }
        await xml.WriteEndElementAsync();
    }
}

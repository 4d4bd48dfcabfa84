using System.Text;
using EnvoyGraph.Api.Exports;

namespace EnvoyGraph.Web.Tests.Exports;

public class MeetingsCsvWriterTests
{
    private static async Task<List<List<string>>> ExportAsync(MeetingPages pages)
    {
        using var output = new MemoryStream();
        await MeetingsCsvWriter.WriteAsync(output, pages);
        var text = Encoding.UTF8.GetString(output.ToArray());
        Assert.False(text.StartsWith('\uFEFF'), "no byte-order mark");
        return CsvParser.Parse(text);
    }

    private static Dictionary<string, string> Cells(List<string> header, List<string> row) =>
        header.Zip(row).ToDictionary(p => p.First, p => p.Second);

    [Fact]
    public async Task Writes_a_header_and_one_row_per_meeting()
    {
        var rows = await ExportAsync(ExportSamples.Pages(ExportSamples.All));

        Assert.Equal(MeetingsCsvWriter.Columns, rows[0]);
        Assert.Equal(["m-tri", "m-bi", "m-month"], rows.Skip(1).Select(r => r[0]));
        Assert.All(rows, r => Assert.Equal(MeetingsCsvWriter.Columns.Count, r.Count));
    }

    [Fact]
    public async Task Participants_are_joined_with_semicolons_and_stay_in_one_cell()
    {
        var rows = await ExportAsync(ExportSamples.Pages(ExportSamples.All));
        var tri = Cells(rows[0], rows[1]);

        Assert.Equal("Joseph Yun; Kenji Kanasugi; Lee Do-hoon", tri["participants"]);
        Assert.Equal("joseph-yun; kenji-kanasugi; lee-do-hoon", tri["participant_ids"]);
        Assert.Equal("United States; Japan; South Korea", tri["countries"]);
        Assert.Equal("3", tri["participant_count"]);
        Assert.Equal("2017-10-18", tri["date"]);
        Assert.Equal("day", tri["date_precision"]);
        Assert.Equal("in_person", tri["mode"]);
        Assert.Equal("held", tri["status"]);
    }

    [Fact]
    public async Task Article_cells_hold_one_line_per_article_with_quotes_and_commas_intact()
    {
        var rows = await ExportAsync(ExportSamples.Pages(ExportSamples.All));
        var bi = Cells(rows[0], rows[2]);

        Assert.Equal("Nuke envoys of S. Korea, Japan discuss cooperation\nEnvoys meet, \"again\"; talks go on next week", bi["article_titles"]);
        Assert.Equal("https://example.org/nk-envoys\n", bi["article_urls"]);
        Assert.Equal("Korea Herald\nYonhap", bi["outlets"]);
        Assert.Equal("2017-10-19\n2017-10-20", bi["published"]);
        Assert.Equal("Seoul", bi["location"]);
    }

    [Fact]
    public async Task A_cell_that_a_spreadsheet_would_run_as_a_formula_is_defused()
    {
        var rows = await ExportAsync(ExportSamples.Pages([ExportSamples.Bilateral with
        {
            Reports = [new("=HYPERLINK(\"http://evil\")", ExportSamples.Herald)],
        }]));

        Assert.Equal("'=HYPERLINK(\"http://evil\")", Cells(rows[0], rows[1])["evidence"]);
    }

    [Fact]
    public async Task A_month_precision_meeting_keeps_its_month_and_says_so()
    {
        var rows = await ExportAsync(ExportSamples.Pages(ExportSamples.All));
        var month = Cells(rows[0], rows[3]);

        Assert.Equal("2020-04", month["date"]);
        Assert.Equal("month", month["date_precision"]);
        Assert.Equal("video", month["mode"]);
        Assert.Equal("", month["evidence"]);
    }

    [Fact]
    public async Task No_meetings_give_the_header_alone()
    {
        var rows = await ExportAsync(ExportSamples.Pages([]));

        Assert.Equal([MeetingsCsvWriter.Columns.ToList()], rows);
    }
}

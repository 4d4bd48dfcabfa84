namespace EnvoyGraph.Web.Tests.Exports;

// The parser the export tests trust must itself be right.
public class CsvParserTests
{
    [Fact]
    public void Quoted_fields_keep_commas_quotes_and_line_breaks()
    {
        var rows = CsvParser.Parse("a,\"b, c\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nx,,z\r\n");
        Assert.Equal([["a", "b, c", "say \"hi\"", "two\r\nlines"], ["x", "", "z"]], rows);
    }

    [Theory]
    [InlineData("a,b\"c\r\n")]
    [InlineData("\"open,b\r\n")]
    [InlineData("\"a\"b,c\r\n")]
    public void Malformed_csv_is_rejected(string text) =>
        Assert.Throws<FormatException>(() => CsvParser.Parse(text));
}

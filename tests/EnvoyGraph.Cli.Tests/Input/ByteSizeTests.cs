using EnvoyGraph.Cli.Input;

namespace EnvoyGraph.Cli.Tests.Input;

public sealed class ByteSizeTests
{
    [Theory]
    [InlineData("1024", 1024)]
    [InlineData("10MB", 10L << 20)]
    [InlineData("10 mb", 10L << 20)]
    [InlineData("512K", 512L << 10)]
    [InlineData("1.5GB", 3L << 29)]
    public void Sizes_parse_with_binary_units(string text, long bytes)
    {
        Assert.True(ByteSize.TryParse(text, out var parsed));
        Assert.Equal(bytes, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ten")]
    [InlineData("0")]
    [InlineData("-5MB")]
    [InlineData("10XB")]
    public void Non_sizes_are_refused(string text) => Assert.False(ByteSize.TryParse(text, out _));

    [Theory]
    [InlineData(312, "312 bytes")]
    [InlineData(2253, "2.2 KB")]
    [InlineData(10L << 20, "10 MB")]
    public void Sizes_print_short(long bytes, string text) => Assert.Equal(text, ByteSize.Format(bytes));
}

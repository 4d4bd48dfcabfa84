using System.Text;
using System.Xml;

namespace EnvoyGraph.Api.Exports;

/// <summary>
/// An XmlWriter that writes synchronously into memory and is drained to the real output asynchronously
/// every so many elements. Kestrel forbids synchronous writes, and XmlWriter's async methods cost several
/// times more per element; this keeps both the speed of the one and the streaming of the other.
/// </summary>
public sealed class BufferedXml : IAsyncDisposable
{
    private const int DrainEvery = 2000;
    private readonly Stream output;
    private readonly MemoryStream buffer = new();
    private int elements;

    public BufferedXml(Stream output)
    {
        this.output = output;
        Writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, CloseOutput = false });
    }

    public XmlWriter Writer { get; }

    /// <summary>Counts one written element and drains the buffer when enough have gathered.</summary>
    public ValueTask ElementWrittenAsync(CancellationToken ct) =>
        ++elements % DrainEvery == 0 ? DrainAsync(ct) : ValueTask.CompletedTask;

    /// <summary>Moves what has been written so far to the output.</summary>
    public async ValueTask DrainAsync(CancellationToken ct)
    {
        Writer.Flush();
        if (buffer.Length == 0) return;
        await output.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), ct);
        await output.FlushAsync(ct);
        buffer.SetLength(0);
    }

    public async ValueTask DisposeAsync()
    {
        Writer.Dispose();
        await buffer.DisposeAsync();
    }
}

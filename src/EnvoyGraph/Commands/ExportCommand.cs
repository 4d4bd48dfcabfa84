using System.CommandLine;
using EnvoyGraph.Api.Exports;
using EnvoyGraph.Cli.Loading;
using EnvoyGraph.Graph;

namespace EnvoyGraph.Cli.Commands;

/// <summary>What <c>envoygraph export</c> is asked to do.</summary>
/// <param name="Out">The file to write.</param>
/// <param name="Format">csv, graphml or gexf; null takes it from the extension of <paramref name="Out"/>.</param>
/// <param name="Store">The store URI (<c>sqlite:PATH</c> or <c>neo4j:http://…</c>), already resolved (see <see cref="StoreLocation.Resolve"/>).</param>
/// <param name="Filter">The API's filters, as typed.</param>
/// <param name="Force">Overwrite <paramref name="Out"/> when it exists.</param>
public sealed record ExportSettings(string Out, string? Format, string Store, ExportFilter Filter, bool Force = false);

/// <summary>
/// <c>envoygraph export --format csv|graphml|gexf --out FILE</c>: the same files as GET /export/…, written
/// straight from the store's read port (no HTTP). The file appears whole or not at all: it is written
/// beside the target and renamed at the end.
/// </summary>
public static class ExportCommand
{
    public static Command Create(CliConsole console)
    {
        var format = new Option<string?>("--format") { Description = "csv (one row per meeting), graphml or gexf (who met whom, dated edges); default: from the --out extension", HelpName = "FORMAT" };
        var output = new Option<string>("--out") { Description = "The file to write", HelpName = "FILE", Required = true };
        var force = new Option<bool>("--force") { Description = "Overwrite --out if it exists" };
        var store = CommonOptions.Store();
        var from = new Option<string?>("--from") { Description = "Meetings on or after this date (YYYY-MM-DD or YYYY-MM)", HelpName = "DATE" };
        var to = new Option<string?>("--to") { Description = "Meetings on or before this date (YYYY-MM-DD or YYYY-MM)", HelpName = "DATE" };
        var country = new Option<string?>("--country") { Description = "Meetings with a participant of this country (ISO code or name)", HelpName = "COUNTRY" };
        var person = new Option<string?>("--person") { Description = "Meetings of this person (id or name)", HelpName = "PERSON" };
        var mode = new Option<string?>("--mode") { Description = "in_person, phone, video or unknown", HelpName = "MODE" };
        var status = new Option<string?>("--status") { Description = "held or planned", HelpName = "STATUS" };
        var command = new Command("export", "Write the meetings as CSV, or who met whom as GraphML or GEXF, with the API's filters")
        {
            format, output, force, store, from, to, country, person, mode, status,
        };
        command.SetAction((parse, ct) => RunAsync(
            new ExportSettings(
                parse.GetValue(output)!, parse.GetValue(format), StoreLocation.Resolve(parse.GetValue(store)),
                new ExportFilter(parse.GetValue(from), parse.GetValue(to), parse.GetValue(country), parse.GetValue(person), parse.GetValue(mode), parse.GetValue(status)),
                parse.GetValue(force)),
            console, ct));
        return command;
    }

    /// <summary>The work of the command, separate from parsing so tests call it directly. Returns the exit code.</summary>
    public static async Task<int> RunAsync(ExportSettings settings, CliConsole console, CancellationToken ct = default)
    {
        if (!TryChooseFormat(settings, console, out var format)) return ExitCodes.Failed;
        var target = Path.GetFullPath(settings.Out);
        if (Directory.Exists(target))
        {
            console.Problem("--out", $"'{settings.Out}' is a directory: give a file name such as {format.FileName()}");
            return ExitCodes.Failed;
        }
        if (File.Exists(target) && !settings.Force)
        {
            console.Problem("--out", $"'{settings.Out}' exists: add --force to overwrite it");
            return ExitCodes.Failed;
        }
        if (Path.GetDirectoryName(target) is { } dir && !Directory.Exists(dir))
        {
            console.Problem("--out", $"the folder '{dir}' does not exist");
            return ExitCodes.Failed;
        }
        if (settings.Store.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase) && !File.Exists(settings.Store["sqlite:".Length..]))
        {
            // Opening would create an empty store and export nothing: say what is missing instead.
            console.Problem("--store", $"no store at '{settings.Store["sqlite:".Length..]}': load articles first (envoygraph load PATH --store {settings.Store})");
            return ExitCodes.Failed;
        }

        if (await StoreLocation.OpenAsync(settings.Store, console, ct) is not { } store) return ExitCodes.Failed;
        await using (store)
        {
            Graph.Model.MeetingQuery query;
            try
            {
                query = await settings.Filter.ResolveAsync(store, ct);
            }
            catch (ExportFilterException e)
            {
                console.Problem("--" + e.Name, e.Reason);
                return ExitCodes.Failed;
            }

            var (pages, counted) = Counting(MeetingFeed.From(store, query));
            var temp = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
            try
            {
                await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
                    await GraphExport.WriteAsync(format, file, pages, ct);
                File.Move(temp, target, overwrite: settings.Force);
            }
            catch (GraphStoreException e)
            {
                TryDelete(temp);
                console.Problem("--store", e.Message);
                return ExitCodes.Failed;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                TryDelete(temp);
                console.Problem("--out", $"could not write '{settings.Out}': {e.Message}");
                return ExitCodes.Failed;
            }
            catch
            {
                TryDelete(temp);
                throw;
            }

            var meetings = counted();
            await console.Error.WriteLineAsync(meetings == 0
                ? $"warning: no meetings match; wrote an empty {format.FileName()} export to {settings.Out}"
                : $"exported {meetings} meeting{(meetings == 1 ? "" : "s")} to {settings.Out} ({FormatName(format)})");
            return ExitCodes.Ok;
        }
    }

    private static bool TryChooseFormat(ExportSettings settings, CliConsole console, out ExportFormat format)
    {
        if (settings.Format is not null)
        {
            if (ExportFormats.TryParse(settings.Format, out format)) return true;
            console.Problem("--format", $"'{settings.Format}' is not a format: use csv, graphml or gexf");
            return false;
        }
        if (ExportFormats.TryFromFileName(settings.Out, out format)) return true;
        console.Problem("--format", $"missing, and '{settings.Out}' does not end in .csv, .graphml or .gexf: add --format csv|graphml|gexf");
        return false;
    }

    private static string FormatName(ExportFormat format) => format switch
    {
        ExportFormat.Csv => "CSV",
        ExportFormat.GraphMl => "GraphML",
        _ => "GEXF",
    };

    // Counts the meetings of the first pass only (the graph formats read the pages twice).
    private static (MeetingPages Pages, Func<int> Count) Counting(MeetingPages inner)
    {
        var passes = 0;
        var count = 0;
        return ((withReports, ct) =>
        {
            var pass = ++passes;
            return CountAsync(inner(withReports, ct), n => { if (pass == 1) count += n; });
        }, () => count);

        static async IAsyncEnumerable<IReadOnlyList<ExportedMeeting>> CountAsync(IAsyncEnumerable<IReadOnlyList<ExportedMeeting>> pages, Action<int> add)
        {
            await foreach (var page in pages)
            {
                add(page.Count);
                yield return page;
            }
        }
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

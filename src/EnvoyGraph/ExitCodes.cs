namespace EnvoyGraph.Cli;

/// <summary>Process exit codes. Scripts need only "zero or not"; the values are kept stable anyway.</summary>
public static class ExitCodes
{
    /// <summary>Everything asked for was done.</summary>
    public const int Ok = 0;
    /// <summary>Some input failed (the rest was processed), or the command could not run (bad option, store, port).</summary>
    public const int Failed = 1;
    /// <summary>Stopped by Ctrl+C or SIGTERM (128 + SIGINT, as shells report it).</summary>
    public const int Interrupted = 130;
}

using System.Text;
using EnvoyGraph.Cli;

// Names in articles are not ASCII; the console must not mangle them whatever the locale says.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return await EnvoyGraphCli.RunAsync(args, CliConsole.FromSystemConsole());

// Placeholder entry point; the command line (extract, load, serve, export) replaces it.
Console.Error.WriteLine("envoygraph: not built yet");
return 2;

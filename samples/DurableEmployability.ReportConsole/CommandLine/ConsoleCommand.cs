namespace DurableEmployability.ReportConsole.CommandLine;

/// <summary>What the console is asked to do.</summary>
internal enum ConsoleCommand
{
    /// <summary>Print a report (the default).</summary>
    Report = 1,

    /// <summary>Only validate the input and print its problems.</summary>
    Validate = 2,

    /// <summary>Print the usage.</summary>
    Help = 3,
}

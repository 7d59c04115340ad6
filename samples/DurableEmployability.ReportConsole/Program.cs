using DurableEmployability.ReportConsole;

// The report console: the phase I report at a glance, and any partner's dataset as text, Markdown or JSON.
// Everything is in ConsoleApplication; see docs/console.md for the options and exit codes.
return ConsoleApplication.Run(args);

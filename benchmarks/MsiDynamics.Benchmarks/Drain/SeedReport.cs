namespace MsiDynamics.Benchmarks.Drain;

/// <summary>
/// What the emulators' process tells the worker's once the backlog is saved: where the emulators listen, the queue rows
/// the plug-ins created, and the operations the saves caused beyond their own (chiefly those Creates).
/// </summary>
internal sealed record SeedReport(Uri DataverseUrl, Uri MarketoUrl, int QueuedRows, long PluginOperations, double Seconds, long PeakWorkingSet);

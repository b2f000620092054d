namespace MsiDynamics.Benchmarks.Drain;

/// <summary>What the emulators' process tells the worker's once the backlog is saved: where the emulators listen, and what the save cost.</summary>
internal sealed record SeedReport(Uri DataverseUrl, Uri MarketoUrl, int QueuedRows, long PluginOperations, double Seconds, long PeakWorkingSet);

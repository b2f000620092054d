using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Execution;

/// <summary>The plug-in trace log: every line, in order, kept even when the request rolls back (as Dataverse's).</summary>
internal sealed class PipelineTracingService(OrganizationRuntime org) : ITracingService
{
    public void Trace(string format, params object?[] args)
    {
        var line = args is null || args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args);
        lock (org.Gate)
        {
            org.Traces.Add(line);
        }
    }
}

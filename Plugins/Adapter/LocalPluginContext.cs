using System.Diagnostics;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace MsiDynamics.Plugins.Adapter;

/// <summary>
/// What one execution of a step needs from the platform, resolved once (the PluginBase idiom of Microsoft's
/// plug-in template): the execution context, the tracing service, and an organisation service for SYSTEM.
/// Made per execution, so it may hold state; the plug-in instance itself holds none.
/// </summary>
internal sealed class LocalPluginContext
{
    private readonly IOrganizationServiceFactory? _serviceFactory;
    private readonly long _startedAt = Stopwatch.GetTimestamp();
    private IOrganizationService? _systemService;

    public LocalPluginContext(IServiceProvider serviceProvider)
    {
        Context = (IPluginExecutionContext?)serviceProvider.GetService(typeof(IPluginExecutionContext))
            ?? throw new InvalidOperationException("The service provider has no IPluginExecutionContext.");
        Tracing = (ITracingService?)serviceProvider.GetService(typeof(ITracingService));
        _serviceFactory = (IOrganizationServiceFactory?)serviceProvider.GetService(typeof(IOrganizationServiceFactory));
    }

    public IPluginExecutionContext Context { get; }

    public ITracingService? Tracing { get; }

    /// <summary>
    /// An organisation service that runs as SYSTEM (<c>CreateOrganizationService(null)</c>), so CRM users need no
    /// privilege on the queue and settings tables (architecture.md §3). Inside the step's transaction.
    /// </summary>
    public IOrganizationService SystemService =>
        _systemService ??= (_serviceFactory ?? throw new InvalidOperationException(
            "The service provider has no IOrganizationServiceFactory.")).CreateOrganizationService(null);

    /// <summary>
    /// Traces one short line that starts with the correlation id and ends with the elapsed time, as the
    /// platform truncates long trace logs (STYLE, Logging).
    /// </summary>
    public void Trace(string text)
    {
        if (Tracing is null)
        {
            return;
        }

        var elapsedMs = (Stopwatch.GetTimestamp() - _startedAt) * 1000.0 / Stopwatch.Frequency;
        var line = Context.CorrelationId.ToString("D") + " msi capture: " + text + " "
            + elapsedMs.ToString("0.00", CultureInfo.InvariantCulture) + " ms";

        // The line goes in as an argument: as a format string, braces in it would make Trace throw.
        Tracing.Trace("{0}", line);
    }
}

using System.Globalization;
using MsiDynamics.Sandbox.Hosting;

namespace MsiDynamics.Sandbox.Chaos;

/// <summary>
/// The worker settings of a chaos run, as command-line configuration: the emulators' URLs, and every wait shortened so
/// that a run of minutes meets what production meets in days — a lease that lapses in seconds after a kill, Marketo
/// calls that time out after 3 s (so slow calls time out), short back-offs, a write-back every 2 s, and the nightly
/// reconcile at <c>reconcileAt</c> (UTC time of day by the run's clock), which the run puts just after the storm. The Dataverse
/// app registration values only satisfy the validation: the sandbox's token source issues the tokens. Verbose: the workers log
/// at Information, for a run whose worker log is kept (<c>--details</c>).
/// </summary>
internal static class ChaosSettings
{
    /// <summary>How long a killed worker's lease keeps the others waiting.</summary>
    public static readonly TimeSpan LeaseLifetime = TimeSpan.FromSeconds(8);

    /// <summary>The workers' time-out of one Marketo call; slow calls are held longer (<see cref="ChaosFaults"/>).</summary>
    public static readonly TimeSpan MarketoTimeout = TimeSpan.FromSeconds(3);

    public static IReadOnlyList<string> For(Uri dataverse, Uri marketo, string holder, TimeSpan reconcileAt, bool verbose = false) =>
    [
        $"--Dataverse:Url={dataverse}",
        "--Dataverse:TenantId=sandbox.example",
        "--Dataverse:ClientId=00000000-0000-0000-0000-00000000c4a0",
        "--Dataverse:ClientSecret=not-used-by-the-sandbox-token-source",
        "--Dataverse:RetryBaseDelay=00:00:00.200",
        "--Dataverse:MaxRetryDelay=00:00:02",
        "--Dataverse:MaxRetryAfter=00:00:15",
        "--Dataverse:RequestTimeout=00:00:20",
        $"--Marketo:BaseUrl={marketo}",
        $"--Marketo:ClientId={SandboxWorker.MarketoClientId}",
        $"--Marketo:ClientSecret={SandboxWorker.MarketoClientSecret}",
        $"--Marketo:RequestTimeout={Span(MarketoTimeout)}",
        "--Marketo:RetryBaseDelay=00:00:00.200",
        "--Marketo:MaxRetryDelay=00:00:02",
        $"--DrainLease:Lifetime={Span(LeaseLifetime)}",
        "--DrainLease:RenewalInterval=00:00:02",
        $"--DrainLease:Holder={holder}",
        "--QueueRetry:BaseDelay=00:00:01",
        "--QueueRetry:MaxDelay=00:00:10",
        "--Drain:IdleInterval=00:00:01",
        "--Drain:FirstIdleDelay=00:00:00.200",
        "--WriteBack:Interval=00:00:02",
        $"--WriteBack:ReconcileTimeOfDay={Span(new TimeSpan(reconcileAt.Hours, reconcileAt.Minutes, reconcileAt.Seconds))}",
        "--Endpoints:Enabled=false",
        $"--Logging:LogLevel:Default={(verbose ? "Information" : "Warning")}",
        "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Warning",
    ];

    private static string Span(TimeSpan value) => value.ToString("c", CultureInfo.InvariantCulture);
}

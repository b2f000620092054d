using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MsiDynamics.CompanionService.Operations.Status;

namespace MsiDynamics.CompanionService.Service.Commands;

/// <summary><c>status [--json]</c>: the sync's state in one look, read from Dataverse and Marketo; changes nothing.</summary>
internal static class StatusCommand
{
    public static Command Create(Action<IHostApplicationBuilder>? customize)
    {
        var json = new Option<bool>("--json") { Description = "Write one JSON object for scripts and monitoring instead of the tables (shape: docs/operations.md)." };
        var status = new Command("status",
            "Show the state of the MSI sync and change nothing: changes waiting in the sync queue (msi_syncqueueitem) by "
            + "status and lane (Live from users' saves, Backfill from the backfill command), how long the oldest due change "
            + "has waited, which worker holds the drain lease and which stand by, failed changes (dead letters) grouped by "
            + "reason with examples, Marketo API calls used today against Marketo:DailyQuota and how many days the waiting "
            + "changes need at that quota, and both Dataverse costs today (requests and operations). Costs five Dataverse "
            + "requests and one Marketo call. Exit code 0, or 1 when a part could not be read (named under PROBLEM), 2 for "
            + "invalid settings.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        status.Options.Add(json);
        status.SetAction((parse, ct) => CommandHost.RunAsync(parse, customize, async (services, token) =>
        {
            var report = await services.GetRequiredService<StatusReader>().ReadAsync(token).ConfigureAwait(false);
            parse.InvocationConfiguration.Output.Write(parse.GetValue(json) ? StatusJson.Write(report) + "\n" : StatusText.Write(report));
            return report.Problems.Count == 0 ? 0 : 1;
        }, ct));
        return status;
    }
}

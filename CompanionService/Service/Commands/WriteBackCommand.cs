using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Dataverse.DrainLease;
using MsiDynamics.CompanionService.WriteBack;

namespace MsiDynamics.CompanionService.Service.Commands;

/// <summary>
/// <c>writeback --once [--full]</c>: brings the Marketo Sales Insight values into the Dynamics leads and contacts now, then
/// exits. Like <c>drain --once</c> it claims the drain lease first (dataverse.md §0.10), so it never writes beside a running
/// worker; exit codes follow <see cref="DrainExit"/>.
/// </summary>
internal static class WriteBackCommand
{
    /// <summary>The command, for <see cref="WorkerCommandLine.Create"/>.</summary>
    public static Command Create(Action<IHostApplicationBuilder>? customize)
    {
        var once = new Option<bool>("--once") { Description = "Required: run once, then exit." };
        var full = new Option<bool>("--full")
        {
            Description = "Also compare every synced lead and contact with Marketo, not only those with new activity "
                + "(one Marketo call per 300 persons; resumes a full comparison that was interrupted).",
        };
        var command = new Command("writeback",
            "Copy the Marketo Sales Insight values (last interesting moment, priority, urgency, relative score) into the "
            + "Dynamics leads and contacts now, then exit. Without --full only the persons with new interesting moments or "
            + "score changes in Marketo are read; values already equal are not written. The columns written are set by "
            + "WriteBack:Columns (default the msi_ columns). Exit code 0 when done; 1 when it stopped (Marketo or Dataverse "
            + "refused or out of reach) or some rows failed, with the reason; 2 for invalid settings; 3 when another worker "
            + "holds the drain lease (it already writes back; stop it first); 4 when interrupted (the next run continues).")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.Options.Add(once);
        command.Options.Add(full);
        command.Validators.Add(result =>
        {
            if (!result.GetValue(once))
            {
                result.AddError("writeback needs --once: it runs one cycle, then exits. Use 'run' for the service, which writes back on its own.");
            }
        });
        command.SetAction((parse, ct) => RunAsync(parse, parse.GetValue(full), customize, ct));
        return command;
    }

    private static Task<int> RunAsync(ParseResult parse, bool full, Action<IHostApplicationBuilder>? customize, CancellationToken ct) =>
        CommandHost.RunAsync(parse, customize, (services, token) => WithLeaseAsync(services, full, parse.InvocationConfiguration, token), ct);

    private static async Task<int> WithLeaseAsync(IServiceProvider services, bool full, InvocationConfiguration output, CancellationToken ct)
    {
        var cycle = services.GetRequiredService<WriteBackCycle>();
        try
        {
            var (held, report) = await services.GetRequiredService<DrainRunner>()
                .UnderLeaseAsync(tenure => cycle.RunOnceAsync(full, tenure), ct).ConfigureAwait(false);
            if (!held || report is null)
            {
                output.Error.WriteLine("Another worker holds the drain lease and writes MSI values back itself (or Dataverse could not be read): "
                    + "nothing was done. Run again later, or stop that worker first.");
                return DrainExit.LeaseHeldElsewhere;
            }

            var failed = report.Stopped is not null || report.Failures.Count > 0;
            (failed ? output.Error : output.Output).WriteLine(
                (report.Stopped is not null ? "Stopped: " : report.Failures.Count > 0 ? "Done, with rows that failed: " : "Done: ") + report);
            foreach (var failure in report.Failures.Take(20))
            {
                output.Error.WriteLine("  " + failure);
            }

            return failed ? DrainExit.Stopped : DrainExit.Drained;
        }
        catch (OperationCanceledException)
        {
            output.Error.WriteLine(ct.IsCancellationRequested
                ? "Interrupted; what was written stays, and the next run continues from the saved position."
                : "Stopped: the drain lease was lost; another worker may be writing back now.");
            return ct.IsCancellationRequested ? DrainExit.Interrupted : DrainExit.Stopped;
        }
    }
}

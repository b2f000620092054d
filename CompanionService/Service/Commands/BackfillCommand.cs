using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MsiDynamics.CompanionService.Operations.Backfill;
using Spectre.Console;

namespace MsiDynamics.CompanionService.Service.Commands;

/// <summary><c>backfill &lt;table|all&gt; [--page-size N] [--restart] [--json] [--quiet]</c>.</summary>
internal static class BackfillCommand
{
    public static Command Create(Action<IHostApplicationBuilder>? customize)
    {
        var table = new Argument<string>("table")
        {
            Description = "The Dynamics table to send: " + string.Join(", ", BackfillTables.Names.SkipLast(1))
                + ", or all (in that order, so owners and accounts reach Marketo before the rows that refer to them).",
        };
        table.AcceptOnlyFromAmong([.. BackfillTables.Names]);
        var pageSize = new Option<int>("--page-size")
        {
            Description = $"Records queued per request (1 to {BackfillOptions.MaxPageSize}). Default {BackfillOptions.DefaultPageSize}.",
            DefaultValueFactory = _ => BackfillOptions.DefaultPageSize,
        };
        var restart = new Option<bool>("--restart") { Description = "Start again from the first record instead of resuming an interrupted run." };
        var json = new Option<bool>("--json") { Description = "Write the result as one JSON object (docs/operations.md); no progress bar." };
        var quiet = new Option<bool>("--quiet") { Description = "No progress bar: a line when each table starts and ends." };
        var backfill = new Command("backfill",
            "Send the records that already exist in Dynamics to Marketo: queue an update of every row of the table in the sync "
            + "queue's Backfill lane, for the worker holding the drain lease to send after the users' own changes (Live lane), "
            + "and only while more than Drain:BackfillQuotaReserve of Marketo's daily quota is left. Connections: only "
            + "opportunity-contact pairs, as the plug-in syncs them. A table switched off in the sync settings (msi_syncsetting) "
            + "is skipped. Safe to interrupt: run the same command again and it resumes where it stopped, queuing no record "
            + "twice. Shows a progress bar and how many days Marketo's quota needs to send them. Costs per 1,000 records: "
            + "about 8 Dataverse requests and 1,006 operations. Exit code 0 when done, 1 when a table stopped (the reason is "
            + "shown; run again to resume), 2 for invalid settings, 4 when interrupted.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        backfill.Arguments.Add(table);
        backfill.Options.Add(pageSize);
        backfill.Options.Add(restart);
        backfill.Options.Add(json);
        backfill.Options.Add(quiet);
        pageSize.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > BackfillOptions.MaxPageSize)
            {
                result.AddError($"--page-size must be between 1 and {BackfillOptions.MaxPageSize}.");
            }
        });
        backfill.SetAction((parse, ct) => CommandHost.RunAsync(parse, customize, async (services, token) =>
        {
            var runner = services.GetRequiredService<BackfillRunner>();
            var options = new BackfillOptions(parse.GetValue(pageSize), parse.GetValue(restart));
            var output = parse.InvocationConfiguration.Output;
            var name = parse.GetValue(table)!;
            try
            {
                var results = parse.GetValue(json)
                    ? await runner.RunAsync(name, options, new BackfillLines(TextWriter.Null, false), token).ConfigureAwait(false)
                    : await WithProgressAsync(output, parse.GetValue(quiet), p => runner.RunAsync(name, options, p, token)).ConfigureAwait(false);
                if (parse.GetValue(json))
                {
                    output.WriteLine(BackfillJson.Write(results));
                }

                return results.Any(r => r.Failure is not null) ? DrainExit.Stopped : DrainExit.Drained;
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                parse.InvocationConfiguration.Error.WriteLine("Interrupted. Run the same command again to resume where it stopped.");
                return DrainExit.Interrupted;
            }
        }, ct));
        return backfill;
    }

    /// <summary>A live bar when the output is this process's own terminal; plain lines otherwise (redirected, a test's writer, --quiet).</summary>
    private static async Task<IReadOnlyList<BackfillTableResult>> WithProgressAsync(
        TextWriter output, bool quiet, Func<IBackfillProgress, Task<IReadOnlyList<BackfillTableResult>>> run)
    {
        if (quiet || !ReferenceEquals(output, Console.Out) || Console.IsOutputRedirected)
        {
            return await run(new BackfillLines(output, everyPage: false)).ConfigureAwait(false);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        IReadOnlyList<BackfillTableResult> results = [];
        await console.Progress().AutoClear(false).Columns(BackfillBar.Columns)
            .StartAsync(async context => results = await run(new BackfillBar(console, context)).ConfigureAwait(false)).ConfigureAwait(false);
        return results;
    }
}

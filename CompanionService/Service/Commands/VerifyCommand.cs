using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using MsiDynamics.CompanionService.Operations.Verify;

namespace MsiDynamics.CompanionService.Service.Commands;

/// <summary>
/// <c>verify [--sample N | --all] [--entity …] [--json]</c>: reads synced Dynamics rows and the Marketo records that
/// stand for them, and reports what is missing or linked wrongly (<see cref="MarketoVerification"/>). Read-only on both
/// sides; needs no drain lease, so it may run beside the service.
/// </summary>
internal static class VerifyCommand
{
    public const int Clean = 0;
    public const int Findings = 1;
    public const int InvalidSettings = DrainExit.InvalidSettings;
    public const int Stopped = 3;
    public const int Interrupted = 4;

    public static Command Create(Action<IHostApplicationBuilder>? customize)
    {
        var sample = new Option<int?>("--sample")
        {
            Description = $"Check a random sample of N rows of each table (default: --sample {VerifyScope.DefaultSample}). "
                + "Costs about N/300 Marketo calls per object type, plus a read of the table's ids.",
            HelpName = "N",
        };
        var all = new Option<bool>("--all")
        {
            Description = "Check every synced row: about (rows / 300) Marketo calls per object type, against the daily API quota.",
        };
        var entity = new Option<string[]>("--entity")
        {
            Description = $"Check only these Dynamics tables, any of {string.Join(", ", VerifyScope.AllTables)} (repeat the option or list "
                + "them): the users' sales persons, the accounts' companies, the leads' and contacts' persons, the opportunities, the "
                + "connections' opportunity roles. Default: all six.",
            HelpName = "table",
            AllowMultipleArgumentsPerToken = true,
        };
        var json = new Option<bool>("--json") { Description = "Write the result as JSON (the shape is in docs/verify.md) instead of tables." };
        var command = new Command("verify",
            "Check that Marketo holds what the sync sent, as Marketo Sales Insight needs it: reads Dynamics users, accounts, leads, "
            + "contacts, opportunities and connections, then the Marketo records with their external ids, and lists each record "
            + "missing in Marketo, each one linked to the wrong (or an absent) company, sales person, opportunity or lead, and each "
            + "sales person whose e-mail differs from the Dynamics user's (MSI then shows that user nothing). Rows the sync "
            + "deliberately does not send (no e-mail address, a lead whose address a contact has, a table switched off in the MSI "
            + "sync settings, a connection role outside the Stakeholder category) are skipped. Changes nothing and needs no drain "
            + "lease. Exit code 0 when clean; 1 when something was found; 2 for invalid settings or options; 3 when Marketo or Dataverse "
            + "could not be read (quota spent, credentials refused, unreachable); 4 when interrupted.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.Options.Add(sample);
        command.Options.Add(all);
        command.Options.Add(entity);
        command.Options.Add(json);
        command.SetAction((parse, ct) =>
        {
            // Checked here rather than by the parser, whose refusals exit 1, the code of a check that found something.
            var tables = parse.GetValue(entity) ?? [];
            var refusal = parse.GetValue(all) && parse.GetValue(sample) is not null ? "Give --sample N or --all, not both."
                : parse.GetValue(sample) is < 1 ? "--sample needs a number of rows of at least 1."
                : tables.FirstOrDefault(t => !VerifyScope.AllTables.Contains(t.Trim().ToLowerInvariant())) is { } unknown
                    ? $"--entity {unknown}: not a synced table; use one of {string.Join(", ", VerifyScope.AllTables)}."
                : null;
            if (refusal is not null)
            {
                parse.InvocationConfiguration.Error.WriteLine(refusal);
                return Task.FromResult(InvalidSettings);
            }

            var scope = VerifyScope.Of(parse.GetValue(all) ? null : parse.GetValue(sample) ?? VerifyScope.DefaultSample, tables);
            return RunAsync(parse, scope, parse.GetValue(json), customize, ct);
        });
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, VerifyScope scope, bool json, Action<IHostApplicationBuilder>? customize, CancellationToken ct)
    {
        try
        {
            return await CommandHost.RunAsync(parse, customize, async (services, token) =>
            {
                var result = await MarketoVerification.From(services).RunAsync(scope, token).ConfigureAwait(false);
                var output = parse.InvocationConfiguration.Output;
                if (json)
                {
                    output.WriteLine(VerifyJson.Write(result));
                }
                else
                {
                    VerifyText.Write(output, result);
                }

                return result.Stopped is not null ? Stopped : result.Findings.Count > 0 ? Findings : Clean;
            }, ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            parse.InvocationConfiguration.Error.WriteLine("Interrupted: nothing was changed; run verify again.");
            return Interrupted;
        }
    }
}

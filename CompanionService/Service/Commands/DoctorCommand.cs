using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MsiDynamics.CompanionService.Operations.Doctor;

namespace MsiDynamics.CompanionService.Service.Commands;

/// <summary>
/// <c>doctor [--json]</c>: the readiness check before go-live (docs/doctor.md). Reads, never writes: Dataverse, the
/// application user and its role, the solution's tables, settings and plug-in steps, the retention job, Marketo's
/// credentials, permissions and MSI fields, sales person e-mails and today's quota. Exit 0 when nothing failed (warnings
/// allowed), 1 when a check failed, 2 for invalid settings.
/// </summary>
internal static class DoctorCommand
{
    public static Command Create(Action<IHostApplicationBuilder>? customize)
    {
        var json = new Option<bool>("--json") { Description = "Write the findings as JSON (check, status, finding, fix) instead of text." };
        var doctor = new Command("doctor",
            "Check that this environment is ready for the sync, before go-live or after a change, and say what to fix: Dataverse "
            + "sign-in (Dataverse:* settings), the application user and its 'MSI Sync Integration' role, the MsiDynamics solution's "
            + "tables, MSI columns and sync settings, every plug-in step registered and enabled, the daily queue clean-up job, "
            + "Marketo sign-in (Marketo:* settings), the API-only user's permissions, the MSI fields (MSI Non-Native enabled by Marketo "
            + "Support), sales person e-mails and today's API quota. Changes nothing; costs 14 Dataverse requests and 7 Marketo REST "
            + "calls (one more per 300 users). Exit code 0 when ready (warnings allowed), 1 when a check failed, 2 for invalid settings.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        doctor.Options.Add(json);
        doctor.SetAction((parse, ct) => RunAsync(parse, parse.GetValue(json), customize, ct));
        return doctor;
    }

    private static Task<int> RunAsync(ParseResult parse, bool json, Action<IHostApplicationBuilder>? customize, CancellationToken ct) =>
        CommandHost.RunAsync(parse, builder =>
        {
            builder.Services.AddDoctor();
            customize?.Invoke(builder);
        }, async (services, token) =>
        {
            var report = await services.GetRequiredService<DoctorRun>().RunAsync(token).ConfigureAwait(false);
            var output = parse.InvocationConfiguration.Output;
            if (json)
            {
                output.WriteLine(report.ToJson());
            }
            else
            {
                report.WriteText(output);
            }

            return report.ExitCode;
        }, ct);
}

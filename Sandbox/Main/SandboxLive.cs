using Microsoft.Extensions.DependencyInjection;
using MsiDynamics.CompanionService.Service;
using MsiDynamics.CompanionService.WriteBack;
using MsiDynamics.Emulators.Dataverse;
using MsiDynamics.Emulators.Marketo;
using MsiDynamics.Sandbox.Hosting;
using MsiDynamics.Schema;

namespace MsiDynamics.Sandbox.Main;

/// <summary>
/// <c>--keep-running</c>: after the main job's report, the emulators stay up and the worker runs as <c>run</c> runs it
/// (it holds the drain lease, drains as changes arrive and writes the MSI values back), with the sandbox's control endpoints
/// (<see cref="SandboxControl"/>); the URLs and ready-to-paste curl commands are printed, so a person can change a record
/// and watch it reach Marketo, record an interesting moment and watch it come back. Ends when <paramref name="stop"/> fires.
/// </summary>
internal static class SandboxLive
{
    public static async Task RunAsync(
        TextWriter output, DataverseEmulator dataverse, MarketoEmulator marketo, IServiceProvider services, CancellationToken stop)
    {
        var (control, controlUrl) = await SandboxControl.StartAsync(dataverse, marketo, stop);
        await using var _ = control;
        var running = Task.WhenAll(
            services.GetRequiredService<DrainRunner>().RunAsync(stop),
            services.GetRequiredService<WriteBackLoop>().RunAsync(stop));

        // A lead the worker pushed as its own Marketo person (not one that shares a contact's address).
        var lead = dataverse.Organization.Rows(DataverseSchema.Lead.EntityName)
            .FirstOrDefault(r => r.GetAttributeValue<string>(DataverseSchema.MsiColumns.MarketoLeadId) is { Length: > 0 }
                && r.GetAttributeValue<string>("emailaddress1") is { Length: > 0 });
        var email = lead?.GetAttributeValue<string>("emailaddress1") ?? "someone@example.com";
        var id = lead?.Id.ToString("D") ?? "<leadid>";
        output.WriteLine();
        output.WriteLine("Keeping everything running until Ctrl+C.");
        output.WriteLine($"  Dataverse Web API (any bearer token): {dataverse.WebApiUrl}");
        output.WriteLine($"  Marketo REST:                         {marketo.BaseUrl}");
        output.WriteLine($"  Sandbox control:                      {controlUrl}");
        output.WriteLine("Change a lead in Dynamics; the worker sends it to Marketo:");
        output.WriteLine($"  curl -s -X PATCH -H 'Authorization: Bearer sandbox' -H 'Content-Type: application/json' "
            + $"-d '{{\"jobtitle\":\"Head of Buying\"}}' '{dataverse.WebApiUrl}leads({id})'");
        output.WriteLine($"Record an interesting moment in Marketo; the write-back brings it to the Dynamics row within {SandboxWorker.WriteBackInterval.TotalSeconds:0} s:");
        output.WriteLine($"  curl -s -X POST '{controlUrl.ToString().TrimEnd('/')}{SandboxControl.MomentsPath}?email={Uri.EscapeDataString(email)}&description=Visited%20pricing'");
        output.WriteLine("See the person on both sides:");
        output.WriteLine($"  curl -s '{controlUrl.ToString().TrimEnd('/')}{SandboxControl.PersonsPath}?email={Uri.EscapeDataString(email)}'");
        await output.FlushAsync(CancellationToken.None);
        await running;
    }
}

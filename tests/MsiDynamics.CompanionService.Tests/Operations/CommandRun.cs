using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using MsiDynamics.CompanionService.Dataverse.Identity;
using MsiDynamics.CompanionService.Service;
using MsiDynamics.CompanionService.Tests.Dataverse.Support;
using MsiDynamics.CompanionService.Tests.Service;

namespace MsiDynamics.CompanionService.Tests.Operations;

/// <summary>Runs the executable's command line (<see cref="WorkerCommandLine"/>) against a rig's emulators, as an admin would type it.</summary>
internal static class CommandRun
{
    public static async Task<(int Code, string Output, string Error)> InvokeAsync(OperationsRig? rig, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var settings = rig is null
            ? []
            : rig.Settings.Select(s => $"--{s.Key}={s.Value}")
                .Concat(["--Dataverse:TenantId=contoso", "--Dataverse:ClientId=worker", "--Dataverse:ClientSecret=dataverse-secret", "--DrainLease:Holder=admin"]);
        var root = WorkerCommandLine.Create(builder =>
        {
            builder.Services.AddSingleton<IDataverseTokenSource>(new StaticTokenSource("admin"));
            if (rig is not null)
            {
                builder.Services.AddSingleton<TimeProvider>(rig.Clock);
            }
        });
        var code = await root.Parse([.. args, .. settings])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = null })
            .WaitAsync(Eventually.Deadline);
        return (code, output.ToString(), error.ToString());
    }
}

using Microsoft.Xrm.Sdk;

namespace MsiDynamics.Plugins.Tests.Pipeline;

/// <summary>
/// Another vendor's plug-in that runs after ours on the account's Update and saves the account's name again,
/// in a child Update of the same row. Registered only by the test that needs it.
/// </summary>
[CrmPluginRegistration(
    "Update", "account", StageEnum.PostOperation, ExecutionModeEnum.Synchronous,
    "name", "Vendor: stamp name", 2, IsolationModeEnum.Sandbox,
    Id = "0b5d6a58-2f0e-4c4b-9d7e-3a1c8e6f2b90")]
public sealed class VendorNameStampPlugin : IPlugin
{
    public const string Suffix = " (checked)";

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        if (context.InputParameters["Target"] is Entity target && target.GetAttributeValue<string>("name") is { } name
            && !name.EndsWith(Suffix, StringComparison.Ordinal))
        {
            var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
            factory.CreateOrganizationService(null).Update(new Entity("account", target.Id) { ["name"] = name + Suffix });
        }
    }
}

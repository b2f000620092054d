using Microsoft.Xrm.Sdk;

namespace MsiDynamics.Plugins.Tests.Pipeline;

/// <summary>
/// Another vendor's plug-in, badly written: it stamps a role name as text into a lookup column before the
/// connection is saved. Registered only by the test that needs it.
/// </summary>
[CrmPluginRegistration(
    "Create", "connection", StageEnum.PreOperation, ExecutionModeEnum.Synchronous,
    "", "Vendor: stamp role", 1, IsolationModeEnum.Sandbox,
    Id = "5e0f3c1a-7d1b-4b8e-9a53-0c6f2f9d4e11")]
public sealed class VendorRoleStampPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        if (context.InputParameters["Target"] is Entity target)
        {
            target["record2roleid"] = "Champion";
        }
    }
}

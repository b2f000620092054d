using Microsoft.Xrm.Sdk;

namespace MsiDynamics.Emulators.Tests.Dataverse.WebApi;

/// <summary>Steps on Create of contact that write text longer than its column takes: the platform validates their writes too.</summary>
public static class OverlongWritePlugins
{
    /// <summary>Account's name takes 160 characters.</summary>
    public static readonly string LongName = new('n', 161);

    /// <summary>Creates an account whose name is one character too long.</summary>
    [CrmPluginRegistration("Create", "contact", StageEnum.PostOperation, ExecutionModeEnum.Synchronous, "", "overlong: child create", 1, IsolationModeEnum.Sandbox)]
    public sealed class CreatesOverlongAccount : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
            factory.CreateOrganizationService(null).Create(new Entity("account") { ["name"] = LongName });
        }
    }

    /// <summary>Lengthens the contact's last name (50 characters) in PreOperation, after the Web API checked the body.</summary>
    [CrmPluginRegistration("Create", "contact", StageEnum.PreOperation, ExecutionModeEnum.Synchronous, "", "overlong: target", 1, IsolationModeEnum.Sandbox)]
    public sealed class LengthensTarget : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            var target = (Entity)context.InputParameters["Target"]!;
            target["lastname"] = target.GetAttributeValue<string>("lastname") + new string('x', 50);
        }
    }
}

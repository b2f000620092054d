using Microsoft.Xrm.Sdk;

namespace MsiDynamics.Emulators.Tests.Dataverse.Pipeline.TestPlugins;

/// <summary>
/// A step that updates the row it was triggered by (the documented anti-pattern, dataverse.md §2.6):
/// each Update of new_counter sets new_value one higher until it reaches new_limit, one depth per Update.
/// </summary>
public static class LoopPlugins
{
    [CrmPluginRegistration("Update", "new_counter", StageEnum.PostOperation, ExecutionModeEnum.Synchronous, "new_value", "loop: count up", 1, IsolationModeEnum.Sandbox,
        Image1Type = ImageTypeEnum.PostImage, Image1Name = "row", Image1Attributes = "new_limit")]
    public sealed class CountsUp : RecordingPlugin
    {
        protected override void Act(IPluginExecutionContext context, IOrganizationServiceFactory factory)
        {
            var value = ((Entity)context.InputParameters["Target"]!).GetAttributeValue<int>("new_value");
            if (value < context.PostEntityImages["row"].GetAttributeValue<int>("new_limit"))
            {
                var next = new Entity("new_counter", context.PrimaryEntityId);
                next["new_value"] = value + 1;
                factory.CreateOrganizationService(context.UserId).Update(next);
            }
        }
    }
}

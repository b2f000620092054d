using Microsoft.Xrm.Sdk;
using static MsiDynamics.Emulators.Dataverse.Pipeline.Storage.PlatformSchema;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Steps;

/// <summary>
/// Refuses the registrations Dataverse would refuse, or that the harness cannot run, before any request
/// runs: a step that is silently never called would make a plug-in test pass for the wrong reason.
/// </summary>
internal static class StepValidator
{
    private static readonly HashSet<string> RunnableMessages = new(StringComparer.Ordinal)
    {
        Messages.Create, Messages.Update, Messages.Delete, Messages.Retrieve, Messages.RetrieveMultiple,
        Messages.Assign, Messages.SetState, Messages.SetStateDynamicEntity, Messages.Merge, Messages.QualifyLead,
        Operations.CloseOpportunityOperation.Win, Operations.CloseOpportunityOperation.Lose,
    };

    // Messages whose steps can have images (dataverse.md §2.2).
    private static readonly HashSet<string> MessagesWithImages = new(StringComparer.Ordinal)
    {
        Messages.Create, Messages.Update, Messages.Delete, Messages.Assign,
        Messages.SetState, Messages.SetStateDynamicEntity, Messages.Merge,
    };

    public static void Validate(RegisteredStep step)
    {
        var fault = Check(step);
        if (fault is not null)
        {
            throw new StepRegistrationException(
                $"{step.PluginType.FullName}, step '{step.Name}' ({step.Message} of '{step.EntityLogicalName}', stage {step.Stage}): {fault}");
        }
    }

    private static string? Check(RegisteredStep step) =>
        CheckType(step.PluginType)
        ?? (RunnableMessages.Contains(step.Message) ? null : $"message '{step.Message}' is not emulated by the pipeline harness.")
        ?? (step.Stage is 10 or 20 or 40 ? null : "the stage must be 10 (PreValidation), 20 (PreOperation) or 40 (PostOperation) (dataverse.md §2.1).")
        ?? (step.Mode == 0 || step.Stage == 40 ? null : "asynchronous steps are allowed only in PostOperation (dataverse.md §2.1).")
        ?? (step.FilteringAttributes.Length == 0 || step.Message == Messages.Update
            ? null
            : "filtering attributes apply to Update only (dataverse.md §2.2); pass \"\".")
        ?? step.Images.Select(image => CheckImage(step, image)).FirstOrDefault(f => f is not null)
        ?? CheckDuplicateImages(step);

    private static string? CheckType(Type type) =>
        !typeof(IPlugin).IsAssignableFrom(type) ? "the class does not implement Microsoft.Xrm.Sdk.IPlugin."
        : type.IsAbstract || !type.IsVisible ? "a plug-in class must be public and not abstract (dataverse.md §1.5)."
        : type.GetConstructor(Type.EmptyTypes) is null && type.GetConstructor([typeof(string), typeof(string)]) is null
            ? "a plug-in class needs a public constructor () or (string unsecureConfig, string secureConfig) (dataverse.md §1.5)."
        : null;

    // No PreImage on Create, no PostImage on Delete, PostImage only in PostOperation (dataverse.md §2.2).
    private static string? CheckImage(RegisteredStep step, StepImage image) =>
        !MessagesWithImages.Contains(step.Message) ? $"message '{step.Message}' supports no images (image '{image.Name}')."
        : image.Type == StepImageType.PreImage && step.Message == Messages.Create ? $"a Create has no pre-image (image '{image.Name}')."
        : image.Type == StepImageType.PostImage && step.Message == Messages.Delete ? $"a Delete has no post-image (image '{image.Name}')."
        : image.Type == StepImageType.PostImage && step.Stage != 40 ? $"a post-image is available only in PostOperation (image '{image.Name}')."
        : null;

    private static string? CheckDuplicateImages(RegisteredStep step)
    {
        var duplicate = step.Images.GroupBy(i => (i.Name, i.Type)).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? null : $"two {duplicate.Key.Type}s are named '{duplicate.Key.Name}'.";
    }
}

namespace MsiDynamics.Solution.Packer.Plugins;

/// <summary>
/// The <c>sdkmessage</c> ids a step file names its message by. They are the same in every organisation. All but Win and
/// Lose are the ones Microsoft Learn prints ("Use messages with the SDK for .NET", the messages of the account table;
/// dataverse.md §5.1). Win and Lose are read from an unpacked solution exported from an organisation, whose steps on
/// Create, Update and Merge carry exactly Microsoft Learn's ids (docs/solution.md, "Message ids").
/// </summary>
internal static class SdkMessages
{
    private static readonly Dictionary<string, Guid> Ids = new(StringComparer.Ordinal)
    {
        ["Assign"] = Guid.Parse("8cbdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Create"] = Guid.Parse("9ebdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Delete"] = Guid.Parse("a1bdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Merge"] = Guid.Parse("dbbdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["SetState"] = Guid.Parse("1cbebb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["SetStateDynamicEntity"] = Guid.Parse("1dbebb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Update"] = Guid.Parse("20bebb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Win"] = Guid.Parse("27bebb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Lose"] = Guid.Parse("d1bdbb1b-ea3e-db11-86a7-000a3a5473e8"),
    };

    /// <summary>The message's id.</summary>
    public static Guid IdOf(string message) =>
        Ids.TryGetValue(message, out var id) ? id : throw new PackException($"The SDK message '{message}' is not in the packer's message table.");

    /// <summary>The message property an image of the message reads (dataverse.md §2.2: Create's is the new id).</summary>
    public static string ImageProperty(string message) => message switch
    {
        "Create" => "id",
        "SetState" or "SetStateDynamicEntity" => "EntityMoniker",
        _ => "Target",
    };
}

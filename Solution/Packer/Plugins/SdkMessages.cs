namespace MsiDynamics.Solution.Packer.Plugins;

/// <summary>
/// The <c>sdkmessage</c> ids a step file names its message by. They are the same in every organisation; these are the
/// ones Microsoft Learn prints ("Use messages with the SDK for .NET", the messages of the account table; dataverse.md
/// §5.1). Win and Lose are not listed there: their ids are null until read from an organisation
/// (<c>GET sdkmessages?$filter=name eq 'Win'</c>), and a managed pack refuses steps whose message id is unknown.
/// </summary>
internal static class SdkMessages
{
    private static readonly Dictionary<string, Guid?> Ids = new(StringComparer.Ordinal)
    {
        ["Assign"] = Guid.Parse("8cbdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Create"] = Guid.Parse("9ebdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Delete"] = Guid.Parse("a1bdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Merge"] = Guid.Parse("dbbdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["SetState"] = Guid.Parse("1cbebb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["SetStateDynamicEntity"] = Guid.Parse("1dbebb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Update"] = Guid.Parse("20bebb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Win"] = null,
        ["Lose"] = null,
    };

    /// <summary>The message's id; null when it is a message we know but whose id is unconfirmed.</summary>
    public static Guid? IdOf(string message) =>
        Ids.TryGetValue(message, out var id) ? id : throw new PackException($"The SDK message '{message}' is not in the packer's message table.");

    /// <summary>The message property an image of the message reads (dataverse.md §2.2: Create's is the new id).</summary>
    public static string ImageProperty(string message) => message switch
    {
        "Create" => "id",
        "SetState" or "SetStateDynamicEntity" => "EntityMoniker",
        _ => "Target",
    };
}

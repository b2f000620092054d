// spkl finds this attribute by its type name alone, in the global namespace, and reads its constructor
// arguments and named properties (dataverse.md §4.2, §0.6). Its shape therefore mirrors spkl's:
// do not rename, move to a namespace, or reorder constructor parameters.

/// <summary>
/// Declares a plug-in step on the class that handles it. Read by spkl to deploy the steps, by the
/// Dataverse emulator to run them, and by the solution packer to write the step files.
/// </summary>
[System.AttributeUsage(System.AttributeTargets.Class, Inherited = false, AllowMultiple = true)]
public sealed class CrmPluginRegistrationAttribute : System.Attribute
{
    /// <summary>A Custom API implementation.</summary>
    public CrmPluginRegistrationAttribute(string message)
    {
        Message = message;
        EntityLogicalName = string.Empty;
        FilteringAttributes = string.Empty;
        Name = string.Empty;
    }

    /// <summary>A step on <paramref name="message"/> of <paramref name="entityLogicalName"/>.</summary>
    /// <param name="filteringAttributes">Comma-separated columns that trigger an Update step; "" for all. Never null: spkl strips spaces from it.</param>
    public CrmPluginRegistrationAttribute(
        string message,
        string entityLogicalName,
        StageEnum stage,
        ExecutionModeEnum executionMode,
        string filteringAttributes,
        string stepName,
        int executionOrder,
        IsolationModeEnum isolationModel)
    {
        Message = message;
        EntityLogicalName = entityLogicalName;
        Stage = stage;
        ExecutionMode = executionMode;
        FilteringAttributes = filteringAttributes;
        Name = stepName;
        ExecutionOrder = executionOrder;
        IsolationMode = isolationModel;
        Offline = false;
        Server = true;
    }

    /// <summary>A custom workflow activity.</summary>
    public CrmPluginRegistrationAttribute(string name, string friendlyName, string description, string groupName, IsolationModeEnum isolationModel)
    {
        Message = string.Empty;
        EntityLogicalName = string.Empty;
        FilteringAttributes = string.Empty;
        Name = name;
        FriendlyName = friendlyName;
        Description = description;
        GroupName = groupName;
        IsolationMode = isolationModel;
    }

    /// <summary>The step's fixed id (a GUID string), so redeployments and solution files keep step identity.</summary>
    public string? Id { get; set; }
    public string? FriendlyName { get; set; }
    public string? GroupName { get; set; }
    /// <summary>The image's name, which spkl also uses as its entity alias (the key in the image collection).</summary>
    public string? Image1Name { get; set; }
    /// <summary>Comma-separated image columns; "" for all columns.</summary>
    public string? Image1Attributes { get; set; }
    public string? Image2Name { get; set; }
    public string? Image2Attributes { get; set; }
    public string? Description { get; set; }
    public bool DeleteAsyncOperation { get; set; }
    public string? UnSecureConfiguration { get; set; }
    public string? SecureConfiguration { get; set; }
    public bool Offline { get; set; }
    public bool Server { get; set; }
    public ImageTypeEnum Image1Type { get; set; }
    public ImageTypeEnum Image2Type { get; set; }
    public PluginStepOperationEnum? Action { get; set; }

    public IsolationModeEnum IsolationMode { get; private set; }
    public string Message { get; private set; }
    public string EntityLogicalName { get; private set; }
    public string FilteringAttributes { get; private set; }
    public string Name { get; private set; }
    public int ExecutionOrder { get; private set; }
    public StageEnum? Stage { get; private set; }
    public ExecutionModeEnum ExecutionMode { get; private set; }
}

namespace MsiDynamics.Solution.Tests;

/// <summary>
/// The element names real unpacked solutions use, per kind of file: read from the unpacked solutions that
/// dataverse.md §5.2 names (REF1 <c>devkeydet/explicitpluginimpersonation</c>: Solution.xml, Entity.xml, the plug-in
/// assembly's data file and a step; REF2 <c>mikefactorial/PluginSample</c>: a step with a post-image) and from a
/// SolutionPackager export with an app, forms and views. Only the names are kept here, not the files.
/// </summary>
internal static class RealSolutionVocabulary
{
    public static readonly HashSet<string> Manifest =
    [
        "ImportExportXml", "SolutionManifest", "UniqueName", "LocalizedNames", "LocalizedName", "Descriptions", "Description",
        "Version", "Managed", "Publisher", "EMailAddress", "SupportingWebsiteUrl", "CustomizationPrefix",
        "CustomizationOptionValuePrefix", "Addresses", "RootComponents", "RootComponent", "MissingDependencies",
    ];

    public static readonly HashSet<string> Step =
    [
        "SdkMessageProcessingStep", "SdkMessageId", "PluginTypeName", "PluginTypeId", "PrimaryEntity", "AsyncAutoDelete",
        "Description", "FilteringAttributes", "InvocationSource", "Mode", "Rank", "EventHandlerTypeCode", "Stage",
        "IsCustomizable", "IsHidden", "SupportedDeployment", "IntroducedVersion", "SdkMessageProcessingStepImages",
        "SdkMessageProcessingStepImage", "SdkMessageProcessingStepImageId", "Attributes", "EntityAlias", "ImageType",
        "MessagePropertyName",
    ];

    public static readonly HashSet<string> PluginAssembly =
    [
        "PluginAssembly", "IsolationMode", "SourceType", "IntroducedVersion", "FileName", "PluginTypes", "PluginType", "FriendlyName",
    ];

    /// <summary>Children of <c>&lt;attribute&gt;</c> in Entity.xml, with its option set's.</summary>
    public static readonly HashSet<string> Attribute =
    [
        "attribute", "Type", "Name", "LogicalName", "RequiredLevel", "DisplayMask", "ImeMode", "ValidForUpdateApi", "ValidForReadApi",
        "ValidForCreateApi", "IsCustomField", "IsAuditEnabled", "IsSecured", "IntroducedVersion", "IsCustomizable", "IsRenameable",
        "SourceType", "Format", "MaxLength", "Length", "MinValue", "MaxValue", "Behavior", "AppDefaultValue", "LookupStyle", "LookupTypes", "displaynames",
        "displayname", "Descriptions", "Description", "optionset", "OptionSetType", "options", "option", "labels", "label",
    ];

    /// <summary>Entity.xml outside its attributes.</summary>
    public static readonly HashSet<string> Entity =
    [
        "Entity", "Name", "EntityInfo", "entity", "LocalizedNames", "LocalizedName", "LocalizedCollectionNames",
        "LocalizedCollectionName", "Descriptions", "Description", "attributes", "EntitySetName", "IsDuplicateCheckSupported",
        "IsActivity", "IsAuditEnabled", "IntroducedVersion", "IsCustomizable", "OwnershipTypeMask", "EntityKeys", "EntityKey",
        "LogicalName", "EntityKeyAttributes", "AttributeName", "displaynames", "displayname", "FormXml", "SavedQueries", "RibbonDiffXml",
    ];

    public static readonly HashSet<string> View =
    [
        "savedqueries", "savedquery", "IsCustomizable", "CanBeDeleted", "isquickfindquery", "isprivate", "isdefault", "savedqueryid",
        "layoutxml", "grid", "row", "cell", "querytype", "fetchxml", "fetch", "entity", "attribute", "order", "filter", "condition",
        "IntroducedVersion", "LocalizedNames", "LocalizedName",
    ];

    public static readonly HashSet<string> Form =
    [
        "forms", "systemform", "formid", "IntroducedVersion", "FormPresentation", "FormActivationState", "form", "tabs", "tab",
        "labels", "label", "columns", "column", "sections", "section", "rows", "row", "cell", "control", "DisplayConditions",
        "Everyone", "IsCustomizable", "CanBeDeleted", "LocalizedNames", "LocalizedName",
    ];

    public static readonly HashSet<string> AppModule =
    [
        "AppModule", "UniqueName", "IntroducedVersion", "WebResourceId", "OptimizedFor", "statecode", "statuscode", "FormFactor",
        "ClientType", "NavigationType", "AppModuleComponents", "AppModuleComponent", "AppModuleRoleMaps", "Role", "LocalizedNames",
        "LocalizedName", "Descriptions", "Description",
    ];
}

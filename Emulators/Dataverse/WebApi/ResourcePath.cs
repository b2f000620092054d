using MsiDynamics.Emulators.Dataverse.WebApi.Faults;

namespace MsiDynamics.Emulators.Dataverse.WebApi;

/// <summary>
/// A resource path below the service root, split the way the router reads it: <c>leads</c>, <c>leads(&lt;key&gt;)</c>,
/// <c>leads/Microsoft.Dynamics.CRM.UpdateMultiple</c>, <c>leads(&lt;key&gt;)/Microsoft.Dynamics.CRM.QualifyLead</c>,
/// <c>Merge</c>, <c>BulkDelete</c>, <c>WhoAmI()</c>, <c>$batch</c>, <c>$metadata</c>; and below <c>EntityDefinitions(&lt;key&gt;)</c> a path of several
/// segments (<c>Attributes/Microsoft.Dynamics.CRM.StringAttributeMetadata</c>).
/// </summary>
internal sealed record ResourcePath(string Segment, string? Key, string? Operation)
{
    public const string UpdateMultiple = "Microsoft.Dynamics.CRM.UpdateMultiple";
    public const string CreateMultiple = "Microsoft.Dynamics.CRM.CreateMultiple";
    public const string UpsertMultiple = "Microsoft.Dynamics.CRM.UpsertMultiple";
    public const string EntityDefinitions = "EntityDefinitions";
    public const string QualifyLead = "Microsoft.Dynamics.CRM.QualifyLead";

    public static ResourcePath Parse(string path)
    {
        var slash = path.IndexOf('/', FirstSlashOutsideKey(path));
        var head = slash < 0 ? path : path[..slash];
        var operation = slash < 0 ? null : path[(slash + 1)..];
        if (operation?.Contains('/', StringComparison.Ordinal) == true && !head.StartsWith(EntityDefinitions + "(", StringComparison.Ordinal))
        {
            throw ApiException.ResourceNotFound(operation);
        }

        var open = head.IndexOf('(', StringComparison.Ordinal);
        if (open < 0)
        {
            return new ResourcePath(head, null, operation);
        }

        if (!head.EndsWith(')'))
        {
            throw ApiException.ResourceNotFound(head);
        }

        return new ResourcePath(head[..open], head[(open + 1)..^1], operation);
    }

    /// <summary>The kind of request for <see cref="DataverseTraffic.RequestsByKind"/>: the message it becomes.</summary>
    public string KindFor(string method, bool hasIfMatch) => (method, Segment, Key, Operation) switch
    {
        (_, "$batch", _, _) => "Batch",
        (_, "WhoAmI", _, _) => "WhoAmI",
        (_, "Merge", _, _) => "Merge",
        (_, "BulkDelete", _, _) => "BulkDelete",
        (_, "$metadata", _, _) => "RetrieveMetadata",
        (_, EntityDefinitions, _, _) => "RetrieveMetadata",
        (_, _, _, UpdateMultiple) => "UpdateMultiple",
        (_, _, _, CreateMultiple) => "CreateMultiple",
        (_, _, _, UpsertMultiple) => "UpsertMultiple",
        (_, _, _, QualifyLead) => "QualifyLead",
        ("GET", _, null, null) => "RetrieveMultiple",
        ("GET", _, _, null) => "Retrieve",
        ("POST", _, null, null) => "Create",
        ("PATCH", _, not null, null) => hasIfMatch ? "Update" : "Upsert",
        ("DELETE", _, not null, null) => "Delete",
        _ => "Other",
    };

    // A key may hold a '/' inside a quoted alternate-key value; the operation starts after the key's ')'.
    private static int FirstSlashOutsideKey(string path)
    {
        var close = path.IndexOf(')', StringComparison.Ordinal);
        return close < 0 ? 0 : close;
    }
}

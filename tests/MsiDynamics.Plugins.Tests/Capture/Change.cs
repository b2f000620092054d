using MsiDynamics.Plugins.Capture;

namespace MsiDynamics.Plugins.Tests.Capture;

/// <summary>Builds the plain descriptions the capture engine decides on, and the ids the tests compare with.</summary>
internal static class Change
{
    public static readonly Guid RecordId = Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    public static readonly Guid OpportunityId = Guid.Parse("9b1d5c1e-0a6b-4c8e-9f43-21f1d6e0a001");
    public static readonly Guid ContactId = Guid.Parse("c0c0c0c0-1111-4222-8333-444455556666");
    public static readonly Guid RoleId = Guid.Parse("a1a1a1a1-2222-4333-8444-555566667777");
    public static readonly Guid OtherRoleId = Guid.Parse("b2b2b2b2-3333-4444-8555-666677778888");
    public static readonly Guid MasterId = Guid.Parse("d4d4d4d4-5555-4666-8777-888899990000");

    public static string Canonical(Guid id) => id.ToString("D");

    public static Dictionary<string, object?> Columns(params (string Column, object? Value)[] columns)
    {
        var row = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (column, value) in columns)
        {
            row[column] = value;
        }

        return row;
    }

    public static RecordReference Opportunity => new("opportunity", OpportunityId, "Big deal");

    public static RecordReference Contact => new("contact", ContactId, "Ann Smith");

    public static RecordReference Role(string name) => new("connectionrole", RoleId, name);

    public static RecordReference Ref(string entity) => new(entity, Guid.NewGuid(), entity);

    /// <summary>The columns of a connection half that links <paramref name="record1"/> to <paramref name="record2"/>.</summary>
    public static Dictionary<string, object?> Connection(
        RecordReference record1, RecordReference record2, RecordReference? role1 = null, RecordReference? role2 = null, bool isMaster = true) =>
        Columns(
            ("record1id", record1),
            ("record2id", record2),
            ("record1roleid", role1),
            ("record2roleid", role2),
            ("ismaster", isMaster),
            ("relatedconnectionid", isMaster ? null : new RecordReference("connection", MasterId)));

    public static QueueItem? Decide(
        string message,
        string entity,
        IReadOnlyDictionary<string, object?>? target = null,
        IReadOnlyDictionary<string, object?>? preImage = null,
        IReadOnlyDictionary<string, object?>? postImage = null,
        object? recordId = null,
        object? subordinateId = null,
        SyncSettings? settings = null) =>
        CaptureEngine.Decide(
            new ChangeDescription(message, entity, recordId ?? RecordId, target, preImage, postImage, subordinateId),
            settings ?? SyncSettings.AllEnabled);

    public static SyncSettings Disabled(string entity) => new(new[] { new KeyValuePair<string, bool>(entity, false) });
}

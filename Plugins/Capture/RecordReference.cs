namespace MsiDynamics.Plugins.Capture;

/// <summary>
/// A lookup value as the capture engine sees it: the SDK's <c>EntityReference</c> without the SDK, so the
/// decision stays a pure function. <see cref="Name"/> is the primary name the platform puts in images
/// (used for a connection role's name) and takes no part in equality, as in the SDK.
/// </summary>
internal sealed class RecordReference : IEquatable<RecordReference>
{
    public RecordReference(string logicalName, Guid id, string? name = null)
    {
        LogicalName = logicalName;
        Id = id;
        Name = name;
    }

    /// <summary>The table the lookup points at, e.g. "opportunity"; compared case-sensitively like the SDK.</summary>
    public string LogicalName { get; }

    public Guid Id { get; }

    /// <summary>The primary name of the referenced row when the platform supplied it; null otherwise.</summary>
    public string? Name { get; }

    public bool Is(string logicalName) => string.Equals(LogicalName, logicalName, StringComparison.Ordinal);

    public bool Equals(RecordReference? other) =>
        other is not null && Id == other.Id && string.Equals(LogicalName, other.LogicalName, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as RecordReference);

    public override int GetHashCode() => Id.GetHashCode();

    public override string ToString() => LogicalName + " " + Id.ToString("D");
}

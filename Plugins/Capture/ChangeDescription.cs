namespace MsiDynamics.Plugins.Capture;

/// <summary>
/// One change as the platform reported it, in plain values: what the capture engine decides from. The
/// adapter builds it from <c>IPluginExecutionContext</c>; tests build it by hand.
/// Column values are plain: text, numbers, booleans, dates, <see cref="Guid"/>, <see cref="RecordReference"/>
/// for lookups, <see cref="int"/> for choices and <see cref="decimal"/> for money. A value of any other type
/// is passed through as it came (another vendor's plug-in may have put anything in <c>Target</c>).
/// </summary>
internal sealed class ChangeDescription
{
    private static readonly IReadOnlyDictionary<string, object?> NoColumns = new Dictionary<string, object?>();

    public ChangeDescription(
        string messageName,
        string entityName,
        object? recordId,
        IReadOnlyDictionary<string, object?>? target = null,
        IReadOnlyDictionary<string, object?>? preImage = null,
        IReadOnlyDictionary<string, object?>? postImage = null,
        object? subordinateId = null,
        int depth = 1)
    {
        MessageName = messageName;
        EntityName = entityName;
        RecordId = recordId;
        Target = target ?? NoColumns;
        PreImage = preImage;
        PostImage = postImage;
        SubordinateId = subordinateId;
        Depth = depth;
    }

    /// <summary>The SDK message, e.g. "Update" (see <see cref="CaptureMessage"/>).</summary>
    public string MessageName { get; }

    /// <summary>The primary entity's logical name.</summary>
    public string EntityName { get; }

    /// <summary>The changed row's id as it arrived (a <see cref="Guid"/> or a string in any GUID form).</summary>
    public object? RecordId { get; }

    /// <summary>The columns in the request's <c>Target</c> (Create, Update); empty for the other messages.</summary>
    public IReadOnlyDictionary<string, object?> Target { get; }

    /// <summary>The "PreImage" image, or null when the step has none.</summary>
    public IReadOnlyDictionary<string, object?>? PreImage { get; }

    /// <summary>The "PostImage" image, or null when the step has none.</summary>
    public IReadOnlyDictionary<string, object?>? PostImage { get; }

    /// <summary>Merge only: the subordinate's id (a <see cref="Guid"/> or a string).</summary>
    public object? SubordinateId { get; }

    /// <summary>The pipeline depth; traced only, never decided on (Microsoft: take no dependency on Depth).</summary>
    public int Depth { get; }
}

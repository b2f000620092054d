namespace MsiDynamics.Sandbox.Main;

/// <summary>
/// What Marketo holds, or should hold: its objects, the objects that may be there or not (a deleted lead or contact whose
/// person Marketo keeps: persons are never deleted), and what Marketo itself reports as references that resolve to
/// nothing (<c>MarketoStore.DanglingReferences</c>).
/// </summary>
internal sealed class MarketoState(
    IReadOnlyList<MarketoObject> objects,
    IReadOnlyCollection<(MarketoObjectKind Kind, string Key)>? mayExist = null,
    IReadOnlyList<string>? dangling = null)
{
    public IReadOnlyList<MarketoObject> Objects { get; } = objects;

    /// <summary>Objects whose presence is no difference either way.</summary>
    public IReadOnlyCollection<(MarketoObjectKind Kind, string Key)> MayExist { get; } = mayExist ?? [];

    /// <summary>References Marketo holds that name no object, in words.</summary>
    public IReadOnlyList<string> Dangling { get; } = dangling ?? [];

    /// <summary>The objects of <paramref name="kind"/>.</summary>
    public IEnumerable<MarketoObject> Of(MarketoObjectKind kind) => Objects.Where(o => o.Kind == kind);
}

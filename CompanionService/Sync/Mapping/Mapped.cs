namespace MsiDynamics.CompanionService.Sync.Mapping;

/// <summary>The outcome of mapping one Dynamics row: the Marketo record, or why there is none.</summary>
/// <typeparam name="T">The Marketo record type.</typeparam>
internal sealed class Mapped<T>
    where T : class
{
    private Mapped(T? record, MappingError? error)
    {
        Record = record;
        Error = error;
    }

    /// <summary>The Marketo record; null when <see cref="Error"/> is set.</summary>
    public T? Record { get; }

    /// <summary>Why the row was not mapped; null when <see cref="Record"/> is set.</summary>
    public MappingError? Error { get; }

    public static Mapped<T> To(T record) => new(record, null);

    public static Mapped<T> Fails(string reason) => new(null, new MappingError(reason));

    public static Mapped<T> NotPushed(string reason) => new(null, new MappingError(reason, EndsSuperseded: true));
}

namespace MsiDynamics.Schema;

/// <summary>
/// The id of a Dataverse row, carried as one value from capture to push. Its text is the one canonical form used
/// everywhere (architecture.md §1): lowercase, hyphenated, no braces — in <c>msi_recordid</c> and in Marketo's external-id
/// fields alike. It is never empty.
/// </summary>
#if PUBLIC_SCHEMA
public
#else
internal
#endif
readonly struct RecordId : IEquatable<RecordId>
{
    private readonly Guid _value;

    private RecordId(Guid value) => _value = value;

    /// <summary>The row's GUID.</summary>
    public Guid Value => _value;

    /// <summary>
    /// The id in <paramref name="value"/>: a <see cref="Guid"/>, a <see cref="RecordId"/>, or text in any form
    /// <see cref="Guid.TryParse(string, out Guid)"/> accepts (braces, upper case, no hyphens). Throws
    /// <see cref="FormatException"/> naming <paramref name="what"/> (never the value: it could be personal data) when
    /// it is missing, empty or not an id.
    /// </summary>
    public static RecordId From(object? value, string what)
    {
        var id = value switch
        {
            Guid guid => guid,
            RecordId record => record._value,
            string text when Guid.TryParse(text.Trim(), out var parsed) => parsed,
            null => throw new FormatException(what + " is missing."),
            _ => throw new FormatException(what + " is a " + value.GetType().Name + ", not a GUID."),
        };
        return id == Guid.Empty ? throw new FormatException(what + " is the empty GUID.") : new RecordId(id);
    }

    /// <summary>The id in <paramref name="text"/>, or false when it is not a non-empty GUID.</summary>
    public static bool TryParse(string? text, out RecordId id)
    {
        id = default;
        if (text is null || !Guid.TryParse(text.Trim(), out var parsed) || parsed == Guid.Empty)
        {
            return false;
        }

        id = new RecordId(parsed);
        return true;
    }

    public static bool operator ==(RecordId left, RecordId right) => left.Equals(right);

    public static bool operator !=(RecordId left, RecordId right) => !left.Equals(right);

    public bool Equals(RecordId other) => _value == other._value;

    public override bool Equals(object? obj) => obj is RecordId other && Equals(other);

    public override int GetHashCode() => _value.GetHashCode();

    /// <summary>The canonical form: lowercase, hyphenated, no braces.</summary>
    public override string ToString() => _value.ToString("D");
}

namespace MsiDynamics.Plugins.Capture;

/// <summary>
/// Writes every record id in the one form used everywhere (DESIGN §1): lowercase, hyphenated, no braces.
/// Ids may reach the plug-in as <see cref="Guid"/>s or as strings in any of the forms
/// <see cref="Guid.TryParse(string, out Guid)"/> accepts (braces, upper case, no hyphens).
/// </summary>
internal static class CanonicalId
{
    /// <summary>The canonical form of <paramref name="value"/>; throws <see cref="FormatException"/> if it is not a non-empty id.</summary>
    /// <param name="what">What the value is, for the message (e.g. "Target id"); never the value itself.</param>
    public static string From(object? value, string what)
    {
        var id = Parse(value, what);
        if (id == Guid.Empty)
        {
            throw new FormatException(what + " is the empty GUID.");
        }

        return id.ToString("D");
    }

    /// <summary>The canonical form, or null when <paramref name="value"/> is null.</summary>
    public static string? FromOptional(object? value, string what) => value is null ? null : From(value, what);

    private static Guid Parse(object? value, string what)
    {
        switch (value)
        {
            case Guid guid:
                return guid;
            case RecordReference reference:
                return reference.Id;
            case string text when Guid.TryParse(text.Trim(), out var parsed):
                return parsed;
            case null:
                throw new FormatException(what + " is missing.");
            default:
                // The type only: the value could be personal data written by another vendor's plug-in.
                throw new FormatException(what + " is a " + value.GetType().Name + ", not a GUID.");
        }
    }
}

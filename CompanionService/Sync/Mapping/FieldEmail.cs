namespace MsiDynamics.CompanionService.Sync.Mapping;

/// <summary>
/// The loose check Marketo makes of an email field (marketo.md D10, recorded for <c>"bademail"</c>): ASCII without
/// spaces, one <c>@</c> with something before it, a dot in the domain after at least one character, not ending in a
/// dot, within the field's length. An address is never cut: a shortened address is a different address.
/// </summary>
internal static class FieldEmail
{
    /// <summary>Why Marketo would refuse <paramref name="address"/>, or null when it would take it.</summary>
    public static string? Problem(string address, int length)
    {
        var at = address.IndexOf('@', StringComparison.Ordinal);
        return address.Length > length ? $"an address is never cut, and this one is longer than the field's {length} characters"
            : !address.All(c => c is > ' ' and < (char)127) ? "an address holds only ASCII letters, digits and signs, without spaces"
            : at <= 0 || at != address.LastIndexOf('@') ? "an address has one '@' with a name before it"
            : address.IndexOf('.', at) <= at + 1 || address.EndsWith('.') ? "an address has a domain with a dot, such as example.com"
            : null;
    }
}

namespace MsiDynamics.Sandbox.Main;

/// <summary>
/// Whether Marketo takes an address in its email field (marketo.md D10): ASCII without spaces, one <c>@</c> with a name
/// before it, a dot in the domain after at least one character, not ending in a dot, at most 255 characters. A person
/// whose address fails is dead-lettered by the worker and is not in Marketo.
/// </summary>
internal static class MarketoEmail
{
    public static bool Accepts(string address)
    {
        var at = address.IndexOf('@', StringComparison.Ordinal);
        return address.Length <= CrmValues.StringLength
            && address.All(c => c is > ' ' and < (char)127)
            && at > 0 && at == address.LastIndexOf('@')
            && address.IndexOf('.', at) > at + 1 && !address.EndsWith('.');
    }
}

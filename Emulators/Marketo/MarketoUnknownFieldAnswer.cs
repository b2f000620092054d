namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// What a lead query answers when its <c>fields</c> names a field the instance lacks (the client asks for both
/// <c>relativeScore</c> and <c>relativeScoring</c>, marketo.md D8). UNCERTAIN: §3.4 says a requested field not
/// returned is null, while 1006 "Field '%s' not found" is the code for a field the instance lacks (§5.3).
/// </summary>
public enum MarketoUnknownFieldAnswer
{
    /// <summary>The field comes back null and the call succeeds (default).</summary>
    Null,

    /// <summary>The call fails with <c>1006 Field '…' not found</c>, naming the first unknown field.</summary>
    Refuse1006,
}

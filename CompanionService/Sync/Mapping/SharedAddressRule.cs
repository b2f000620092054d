using MsiDynamics.CompanionService.Marketo.Leads;

namespace MsiDynamics.CompanionService.Sync.Mapping;

/// <summary>
/// One Marketo person stands for at most one Dynamics row (marketo.md D4): when a lead and a contact share an e-mail
/// address — typical after a lead is qualified — the contact wins, and the lead is not pushed. Were both pushed, the
/// lead's upsert by e-mail (marketo.md D3) would join the contact's person and take its <c>externalPersonId</c>.
/// </summary>
internal static class SharedAddressRule
{
    /// <summary>The reason a lead's queue row ends Superseded with.</summary>
    public const string Reason = "a contact has the same e-mail address; the contact stands for this person in Marketo";

    /// <summary>
    /// The addresses of <paramref name="contacts"/> (mapped contacts, and any the caller knows from Dynamics), compared trimmed and
    /// ignoring case (how Marketo compares case is not documented; erring this way never lets two rows claim one person).
    /// </summary>
    public static IReadOnlySet<string> Addresses(IEnumerable<string?> contacts) =>
        contacts.Select(a => a?.Trim()).OfType<string>().Where(a => a.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// <paramref name="lead"/> (a mapped Dynamics lead) unchanged, or not pushed when a contact in
    /// <paramref name="contactAddresses"/> has its address.
    /// </summary>
    public static Mapped<MarketoLead> ForLead(Mapped<MarketoLead> lead, IReadOnlySet<string> contactAddresses) =>
        lead.Record?.Email?.Trim() is { Length: > 0 } email && contactAddresses.Contains(email)
            ? Mapped<MarketoLead>.NotPushed(Reason)
            : lead;
}

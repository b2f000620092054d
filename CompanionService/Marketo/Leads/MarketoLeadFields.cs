namespace MsiDynamics.CompanionService.Marketo.Leads;

/// <summary>
/// Lead field names the sync reads (marketo.md §4.1). The MSI fields are computed by Marketo Sales
/// Insight and read-only; they exist only when "MSI Non-Native" is enabled, and a requested field that
/// does not exist comes back null.
/// </summary>
public static class MarketoLeadFields
{
    public const string Id = MarketoSchema.Id;
    public const string Email = MarketoSchema.Email;
    public const string ExternalPersonId = MarketoSchema.ExternalPersonId;
    public const string LastInterestingMomentType = "msiLastInterestingMomentType";
    public const string LastInterestingMomentDate = "msiLastInterestingMomentDate";
    public const string LastInterestingMomentDesc = "msiLastInterestingMomentDesc";
    public const string LastInterestingMomentSource = "msiLastInterestingMomentSource";
    public const string Priority = "priority";
    public const string RelativeUrgency = "relativeUrgency";

    /// <summary>The standard field's name (DEV list-of-standard-fields, a real describe).</summary>
    public const string RelativeScore = "relativeScore";

    /// <summary>The MSI doc's name for the same value; probably a typo, so both are requested (Decision 8).</summary>
    public const string RelativeScoring = "relativeScoring";

    /// <summary>What identifies a lead on the way back: its Marketo id, e-mail and Dynamics id.</summary>
    public static IReadOnlyList<string> Identity { get; } = [Id, Email, ExternalPersonId];

    /// <summary>
    /// The MSI fields, requested by name (they are not returned by default), with
    /// <see cref="RelativeScore"/> and <see cref="RelativeScoring"/> both.
    /// </summary>
    public static IReadOnlyList<string> Msi { get; } =
    [
        LastInterestingMomentType,
        LastInterestingMomentDate,
        LastInterestingMomentDesc,
        LastInterestingMomentSource,
        Priority,
        RelativeUrgency,
        RelativeScore,
        RelativeScoring,
    ];

    /// <summary><see cref="Identity"/> and <see cref="Msi"/>: what the write-back reads.</summary>
    public static IReadOnlyList<string> IdentityAndMsi { get; } = [.. Identity, .. Msi];
}

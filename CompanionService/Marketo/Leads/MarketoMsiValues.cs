namespace MsiDynamics.CompanionService.Marketo.Leads;

/// <summary>
/// What Marketo Sales Insight computed for one lead (marketo.md §4.1), typed for the write-back
/// into the Dynamics <c>msi_*</c> columns (architecture.md §4). Each value is null when the field is absent or
/// empty on the instance, or when Marketo's value could not be read (then <see cref="Unreadable"/> says why).
/// </summary>
/// <param name="LastInterestingMomentType">msiLastInterestingMomentType → msi_lastinterestingmomenttype.</param>
/// <param name="LastInterestingMomentDate">msiLastInterestingMomentDate → msi_lastinterestingmomentdate.</param>
/// <param name="LastInterestingMomentDesc">msiLastInterestingMomentDesc → msi_lastinterestingmomentdesc.</param>
/// <param name="LastInterestingMomentSource">msiLastInterestingMomentSource → msi_lastinterestingmomentsource.</param>
/// <param name="Priority">priority ("Engagement") → msi_priority.</param>
/// <param name="RelativeUrgency">relativeUrgency → msi_relativeurgency.</param>
/// <param name="RelativeScore">relativeScore, or relativeScoring where the instance uses that name → msi_relativescore.</param>
public sealed record MarketoMsiValues(
    string? LastInterestingMomentType,
    DateTimeOffset? LastInterestingMomentDate,
    string? LastInterestingMomentDesc,
    string? LastInterestingMomentSource,
    long? Priority,
    long? RelativeUrgency,
    long? RelativeScore)
{
    /// <summary>
    /// Why a value Marketo sent could not be read — its field above is then null although Marketo holds a value
    /// — naming the field and the value; null when every value was read (marketo.md D11: a bad value fails this
    /// lead only, never the page).
    /// </summary>
    public string? Unreadable { get; init; }
}

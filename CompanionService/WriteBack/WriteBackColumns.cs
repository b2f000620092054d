using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.WriteBack;

/// <summary>
/// Which column of the Dynamics lead and contact receives each MSI value (section <c>WriteBack:Columns</c>). Defaults are
/// the solution's <c>msi_*</c> columns (architecture.md §4). An organisation that also runs Marketo's own MSI package may
/// point them at its <c>mkt_*</c> columns (marketo.md §4.2: <c>mkt_lastinterestingmomenttype</c>, …,
/// <c>mkt_leadinterestingmomentsource</c>, <c>mkt_priority</c>, <c>mkt_urgency</c>, <c>mkt_relativescore</c>). An empty name
/// leaves that value unwritten. Caveat: a column the plug-in steps filter on (a synced column) would send each write-back
/// to Marketo again; the validator refuses the synced columns it knows.
/// </summary>
public sealed class WriteBackColumns
{
    /// <summary>Default <c>msi_lastinterestingmomenttype</c> (text 255).</summary>
    public string? LastInterestingMomentType { get; set; } = DataverseSchema.MsiColumns.LastInterestingMomentType;

    /// <summary>Default <c>msi_lastinterestingmomentdate</c> (date and time).</summary>
    public string? LastInterestingMomentDate { get; set; } = DataverseSchema.MsiColumns.LastInterestingMomentDate;

    /// <summary>Default <c>msi_lastinterestingmomentdesc</c> (multiline text 2000).</summary>
    public string? LastInterestingMomentDesc { get; set; } = DataverseSchema.MsiColumns.LastInterestingMomentDesc;

    /// <summary>Default <c>msi_lastinterestingmomentsource</c> (text 255).</summary>
    public string? LastInterestingMomentSource { get; set; } = DataverseSchema.MsiColumns.LastInterestingMomentSource;

    /// <summary>Default <c>msi_priority</c> (whole number).</summary>
    public string? Priority { get; set; } = DataverseSchema.MsiColumns.Priority;

    /// <summary>Default <c>msi_relativeurgency</c> (whole number).</summary>
    public string? RelativeUrgency { get; set; } = DataverseSchema.MsiColumns.RelativeUrgency;

    /// <summary>Default <c>msi_relativescore</c> (whole number).</summary>
    public string? RelativeScore { get; set; } = DataverseSchema.MsiColumns.RelativeScore;

    /// <summary>The column of <paramref name="field"/>, or null when it is not written.</summary>
    public string? For(MsiField field) => (field switch
    {
        MsiField.LastInterestingMomentType => LastInterestingMomentType,
        MsiField.LastInterestingMomentDate => LastInterestingMomentDate,
        MsiField.LastInterestingMomentDesc => LastInterestingMomentDesc,
        MsiField.LastInterestingMomentSource => LastInterestingMomentSource,
        MsiField.Priority => Priority,
        MsiField.RelativeUrgency => RelativeUrgency,
        MsiField.RelativeScore => RelativeScore,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not an MSI field."),
    }) is { Length: > 0 } column ? column.Trim() : null;

    /// <summary>Every written field with its column, in <see cref="MsiField"/> order.</summary>
    public IReadOnlyList<(MsiField Field, string Column)> Targets =>
        [.. Enum.GetValues<MsiField>().Select(f => (Field: f, Column: For(f))).Where(t => t.Column is not null).Select(t => (t.Field, t.Column!))];

    public override string ToString() => string.Join(", ", Targets.Select(t => $"{t.Field}→{t.Column}"));
}

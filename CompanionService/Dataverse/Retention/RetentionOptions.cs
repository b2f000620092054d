namespace MsiDynamics.CompanionService.Dataverse.Retention;

/// <summary>
/// How long finished queue rows are kept (architecture.md §4), bound to the <c>Retention</c> section: Succeeded and
/// Superseded rows last changed more than <see cref="Days"/> days ago are deleted by one recurring bulk-delete job a day.
/// </summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    /// <summary>Days a Succeeded or Superseded queue row is kept after it ended. Default 7; 1 to 365.</summary>
    public int Days { get; set; } = 7;
}

using System.Text.Json;

namespace MsiDynamics.CompanionService.WriteBack;

/// <summary>
/// The full reconcile's progress, kept in <c>msi_syncstate</c> under <see cref="Key"/>: while one runs, the table and the
/// last row id done (rows are read in primary-key order, so it resumes after that row, whichever worker continues it);
/// and when the last one finished.
/// </summary>
/// <param name="StartedOn">When the reconcile in progress started; null when none is in progress.</param>
/// <param name="Table">The table in progress (<c>lead</c>, then <c>contact</c>).</param>
/// <param name="After">The last row id done in <paramref name="Table"/>; null to start at its first row.</param>
/// <param name="LastCompletedOn">When the last reconcile finished; null when none has.</param>
/// <param name="Reason">Why the reconcile in progress was started, in words.</param>
internal sealed record ReconcilePosition(DateTimeOffset? StartedOn, string? Table, Guid? After, DateTimeOffset? LastCompletedOn, string? Reason)
{
    public const string Key = "writeback-reconcile";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>No reconcile ever ran.</summary>
    public static ReconcilePosition None { get; } = new(null, null, null, null, null);

    /// <summary>Whether a reconcile was started and has not finished.</summary>
    public bool InProgress => StartedOn is not null;

    /// <summary>A new reconcile from the first lead.</summary>
    public ReconcilePosition Start(DateTimeOffset now, string reason) => this with
    {
        StartedOn = now, Table = MsiDynamics.Schema.DataverseSchema.Lead.EntityName, After = null, Reason = reason,
    };

    /// <summary>Finished at <paramref name="now"/>.</summary>
    public ReconcilePosition Complete(DateTimeOffset now) => new(null, null, null, now, null);

    /// <summary>The stored text, or <see cref="None"/> when there is none or it cannot be read.</summary>
    public static ReconcilePosition Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return None;
        }

        try
        {
            return JsonSerializer.Deserialize<ReconcilePosition>(text, Json) ?? None;
        }
        catch (JsonException)
        {
            return None;
        }
    }

    public string ToText() => JsonSerializer.Serialize(this, Json);

    public override string ToString() => InProgress
        ? $"reconcile in progress since {StartedOn:O} at {Table} after {After?.ToString("D") ?? "the start"}"
        : $"no reconcile in progress; last finished {LastCompletedOn?.ToString("O") ?? "never"}";
}

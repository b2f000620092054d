using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Sync.Drain;

/// <summary>How the drain works (configuration section <c>Drain</c>).</summary>
public sealed class DrainOptions
{
    public const string SectionName = "Drain";

    /// <summary>
    /// Due rows one cycle reads and settles (1 to 5,000). Default 2,000: the cycle's rows, their records' current state
    /// and their pushes are held in memory together, so this bounds the worker's memory; a cycle's Dataverse requests
    /// are few whatever its size, and Marketo calls stay full (a partial call waits for the next cycle).
    /// </summary>
    public int RowsPerCycle { get; set; } = 2000;

    /// <summary>
    /// The share of Marketo's daily quota kept for live changes and the instance's other integrations: while less than
    /// this share is left, Backfill rows wait (they stay due) and only Live rows are pushed. Default 0.2.
    /// </summary>
    public double BackfillQuotaReserve { get; set; } = 0.2;

    /// <summary>
    /// What a Dynamics delete does in Marketo, by table: <c>Delete</c> or <c>Keep</c>. Defaults: Keep for <c>lead</c>
    /// and <c>contact</c> (a Marketo person carries its activity history) and for <c>account</c> (a kept person still
    /// names its company, which must not go from under it); Delete for <c>opportunity</c> and <c>connection</c>, whose
    /// roles go first.
    /// </summary>
    public Dictionary<string, DeletePolicy> Deletes { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        [DataverseSchema.Account.EntityName] = DeletePolicy.Keep,
        [DataverseSchema.Opportunity.EntityName] = DeletePolicy.Delete,
        [DataverseSchema.Connection.EntityName] = DeletePolicy.Delete,
        [DataverseSchema.Lead.EntityName] = DeletePolicy.Keep,
        [DataverseSchema.Contact.EntityName] = DeletePolicy.Keep,
    };

    /// <summary>The policy for deletes of <paramref name="table"/>'s rows; Keep for a table not listed.</summary>
    public DeletePolicy DeletesOf(string table) => Deletes.TryGetValue(table, out var policy) ? policy : DeletePolicy.Keep;
}

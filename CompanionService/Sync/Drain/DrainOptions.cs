using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Sync.Drain;

/// <summary>How the drain works (configuration section <c>Drain</c>).</summary>
public sealed class DrainOptions
{
    public const string SectionName = "Drain";

    /// <summary>
    /// The share of Marketo's daily quota kept for live changes and the instance's other integrations: while less than
    /// this share is left, Backfill rows wait (they stay due) and only Live rows are pushed. Default 0.2.
    /// </summary>
    public double BackfillQuotaReserve { get; set; } = 0.2;

    /// <summary>
    /// What a Dynamics delete does in Marketo, by table: <c>Delete</c> or <c>Keep</c>. Defaults: Delete for
    /// <c>account</c>, <c>opportunity</c> and <c>connection</c>; Keep for <c>lead</c> and <c>contact</c>.
    /// </summary>
    public Dictionary<string, DeletePolicy> Deletes { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        [DataverseSchema.Account.EntityName] = DeletePolicy.Delete,
        [DataverseSchema.Opportunity.EntityName] = DeletePolicy.Delete,
        [DataverseSchema.Connection.EntityName] = DeletePolicy.Delete,
        [DataverseSchema.Lead.EntityName] = DeletePolicy.Keep,
        [DataverseSchema.Contact.EntityName] = DeletePolicy.Keep,
    };

    /// <summary>The policy for deletes of <paramref name="table"/>'s rows; Keep for a table not listed.</summary>
    public DeletePolicy DeletesOf(string table) => Deletes.TryGetValue(table, out var policy) ? policy : DeletePolicy.Keep;
}

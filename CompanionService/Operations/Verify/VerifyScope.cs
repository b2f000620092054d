using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Operations.Verify;

/// <summary>
/// Which Dynamics rows <c>verify</c> reads: a random sample of <see cref="Sample"/> rows per table, or every row
/// (<see cref="Sample"/> null); of <see cref="Tables"/>, in the sync order (marketo.md §4.4 rule 1).
/// </summary>
/// <param name="Sample">Rows per table, chosen at random; null for every row.</param>
/// <param name="Tables">The tables to read, each one of <see cref="AllTables"/>.</param>
public sealed record VerifyScope(int? Sample, IReadOnlyList<string> Tables)
{
    /// <summary>The sample size when neither a sample nor every row is asked for: a quick check of a few calls per type.</summary>
    public const int DefaultSample = 100;

    /// <summary>The synced tables in the sync order: users, accounts, leads, contacts, opportunities, connections.</summary>
    public static IReadOnlyList<string> AllTables { get; } =
    [
        DataverseSchema.SystemUser.EntityName, DataverseSchema.Account.EntityName, DataverseSchema.Lead.EntityName,
        DataverseSchema.Contact.EntityName, DataverseSchema.Opportunity.EntityName, DataverseSchema.Connection.EntityName,
    ];

    /// <summary>A scope of <paramref name="tables"/> (every table when empty), put in the sync order.</summary>
    public static VerifyScope Of(int? sample, IEnumerable<string> tables)
    {
        var asked = tables.Select(t => t.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        return new VerifyScope(sample, asked.Count == 0 ? AllTables : [.. AllTables.Where(asked.Contains)]);
    }

    public override string ToString() =>
        (Sample is { } n ? $"a random sample of {n} rows per table" : "every row") + " of " + string.Join(", ", Tables);
}

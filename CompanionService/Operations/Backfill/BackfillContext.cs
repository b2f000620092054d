namespace MsiDynamics.CompanionService.Operations.Backfill;

/// <summary>What turning a page's rows into items may need beyond the row: connection role names by id (read once per run).</summary>
internal sealed record BackfillContext(IReadOnlyDictionary<Guid, string> RoleNames)
{
    public static readonly BackfillContext Empty = new(new Dictionary<Guid, string>());
}

namespace MsiDynamics.CompanionService.Dataverse.Transport;

/// <summary>
/// Reads the id out of an <c>OData-EntityId</c> header: a create answers 204 with
/// <c>OData-EntityId: https://…/api/data/v9.2/accounts(00000000-0000-0000-0000-000000000001)</c>
/// (dataverse.md §6).
/// </summary>
internal static class ODataEntityId
{
    /// <summary>The GUID between the last parentheses of <paramref name="entityId"/>, or null.</summary>
    public static Guid? Parse(string? entityId)
    {
        if (string.IsNullOrEmpty(entityId))
        {
            return null;
        }

        var close = entityId.LastIndexOf(')');
        var open = close < 0 ? -1 : entityId.LastIndexOf('(', close);
        if (open < 0)
        {
            return null;
        }

        var inside = entityId.AsSpan(open + 1, close - open - 1);
        return Guid.TryParse(inside, out var id) ? id : null;
    }
}

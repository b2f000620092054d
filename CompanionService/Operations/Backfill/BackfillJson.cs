using System.Text.Json;

namespace MsiDynamics.CompanionService.Operations.Backfill;

/// <summary><c>backfill --json</c>: <c>{"version":1,"tables":[…]}</c>, one object per table (docs/operations.md).</summary>
internal static class BackfillJson
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };

    public static string Write(IReadOnlyList<BackfillTableResult> results) =>
        JsonSerializer.Serialize(new { version = 1, tables = results }, Options);
}

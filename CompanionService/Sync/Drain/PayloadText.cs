using System.Text.Json;

namespace MsiDynamics.CompanionService.Sync.Drain;

/// <summary>Reads one text property of a queue row's payload (the JSON the plug-in wrote, architecture.md §4).</summary>
internal static class PayloadText
{
    /// <summary>The text of <paramref name="name"/> at the payload's top level; null when absent, not text, or the payload is none.</summary>
    public static string? Read(string? payload, string name)
    {
        if (string.IsNullOrWhiteSpace(payload))
        {
            return null;
        }

        using var document = JsonDocument.Parse(payload);
        return document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
    }
}

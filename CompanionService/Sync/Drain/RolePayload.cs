using System.Text.Json;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Sync.Drain;

/// <summary>
/// An opportunity role as a connection's queue row names it (the plug-in's payload, architecture.md §4): the
/// opportunity, the contact and the role's name, and for a changed role the <c>previous</c> one, whose Marketo role is
/// deleted before the new one is created (marketo.md D7). A delete's row carries the role that was.
/// </summary>
internal sealed record RolePayload(RecordId Opportunity, RecordId Contact, string Role)
{
    /// <summary>The role a payload names, or null when it names none; <paramref name="property"/> reads a nested object such as <c>previous</c>.</summary>
    public static RolePayload? Read(string? payload, string? property = null)
    {
        if (string.IsNullOrWhiteSpace(payload))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(payload);
            var element = document.RootElement;
            if (property is not null && !element.TryGetProperty(property, out element))
            {
                return null;
            }

            return element.ValueKind == JsonValueKind.Object
                && RecordId.TryParse(Text(element, "opportunityId"), out var opportunity)
                && RecordId.TryParse(Text(element, "contactId"), out var contact)
                && Text(element, "role") is { Length: > 0 } role
                ? new RolePayload(opportunity, contact, role)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()?.Trim() : null;
}

using System.Text.Json;

namespace MsiDynamics.CompanionService.Dataverse.Errors;

/// <summary>
/// Dataverse's error body, <c>{"error":{"code":"0x80040265","message":"…"}}</c> (dataverse.md §6):
/// the code (often empty) and the message a person reads. Never carries the request's token.
/// </summary>
/// <param name="Code">Dataverse's code, e.g. <c>0x80060882</c>; empty when Dataverse sent none.</param>
/// <param name="Message">Dataverse's message, or the client's explanation when the body was not JSON.</param>
public sealed record DataverseError(string Code, string Message)
{
    /// <summary>The error in <paramref name="body"/>, or null when it holds none (or is not JSON).</summary>
    public static DataverseError? TryParse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body) || body.TrimStart()[0] != '{')
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (!document.RootElement.TryGetProperty("error", out var error) || error.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            return new DataverseError(Text(error, "code"), Text(error, "message"));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The error Dataverse sent, or one made from the status when it sent none.</summary>
    public static DataverseError From(int httpStatus, string? body) =>
        TryParse(body) ?? new DataverseError(string.Empty, httpStatus == 0 ? "No response." : $"HTTP {httpStatus} without a Dataverse error body.");

    public override string ToString() => Code.Length == 0 ? Message : $"{Code}: {Message}";

    private static string Text(JsonElement error, string name) =>
        error.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : string.Empty;
}

using System.Text.Json;
using System.Text.RegularExpressions;
using MsiDynamics.CompanionService.Dataverse.Queue;

namespace MsiDynamics.CompanionService.Dataverse.Errors;

/// <summary>
/// Dataverse's error body, <c>{"error":{"code":"0x80040265","message":"…"}}</c> (dataverse.md §6):
/// the code (often empty) and the message a person reads. Never carries the request's token.
/// </summary>
/// <param name="Code">Dataverse's code, e.g. <c>0x80060882</c>; empty when Dataverse sent none.</param>
/// <param name="Message">Dataverse's message, or the client's explanation when the body was not JSON.</param>
public sealed partial record DataverseError(string Code, string Message)
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

    /// <summary>How much of a body that is not Dataverse's error an outcome keeps (dataverse.md §6.1).</summary>
    public const int MaxExcerpt = 500;

    /// <summary>
    /// The error Dataverse sent, or one made from the status when it sent none. A body that is not Dataverse's
    /// error (a gateway's HTML, plain text, cut-off JSON) is kept as its first <see cref="MaxExcerpt"/> characters,
    /// secrets blanked: it is not the client's text, but a proxy may echo a request header.
    /// </summary>
    public static DataverseError From(int httpStatus, string? body) =>
        TryParse(body) ?? new DataverseError(string.Empty, httpStatus switch
        {
            0 => "No response.",
            _ when string.IsNullOrWhiteSpace(body) => $"HTTP {httpStatus} without a Dataverse error body.",
            _ => $"HTTP {httpStatus} without a Dataverse error body; it began: {Excerpt(body)}",
        });

    /// <summary>The start of <paramref name="body"/> on one line, secrets blanked, at most <see cref="MaxExcerpt"/> characters and an ellipsis.</summary>
    public static string Excerpt(string body)
    {
        // Scrub a little more than is kept, so a secret cut at the end is still recognised and blanked.
        var scrubbed = 4 * MaxExcerpt - (body.Length > 4 * MaxExcerpt && char.IsHighSurrogate(body[(4 * MaxExcerpt) - 1]) ? 1 : 0);
        var start = body.Length > scrubbed ? body[..scrubbed] : body;
        var text = Whitespace().Replace(LastErrorText.From(start)!, " ").Trim();
        if (text.Length <= MaxExcerpt)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[MaxExcerpt - 1]) ? MaxExcerpt - 1 : MaxExcerpt;
        return text[..cut] + "…";
    }

    public override string ToString() => Code.Length == 0 ? Message : $"{Code}: {Message}";

    private static string Text(JsonElement error, string name) =>
        error.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : string.Empty;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

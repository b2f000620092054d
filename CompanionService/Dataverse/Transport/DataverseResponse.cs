using System.Net.Http.Headers;

namespace MsiDynamics.CompanionService.Dataverse.Transport;

/// <summary>
/// What came back from one HTTP request, read whole so the connection is free again: status, body and
/// the headers the clients use (dataverse.md §6).
/// </summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Body">The body as text; empty for 204.</param>
/// <param name="ContentType">The full <c>Content-Type</c>, with parameters (a <c>$batch</c> boundary).</param>
/// <param name="EntityId">The <c>OData-EntityId</c> header of a create or update.</param>
/// <param name="RetryAfter">The <c>Retry-After</c> header of a 429 or 503 (seconds or a date).</param>
public sealed record DataverseResponse(int Status, string Body, string? ContentType, string? EntityId, TimeSpan? RetryAfter)
{
    /// <summary>
    /// True for a <c>$batch</c> answer: <c>multipart/mixed</c>, or a body that opens with a <c>--batchresponse_…</c>
    /// delimiter line whatever its <c>Content-Type</c> says (dataverse.md §6.1).
    /// </summary>
    public bool IsMultipart => ContentType?.StartsWith("multipart/mixed", StringComparison.OrdinalIgnoreCase) == true
        || Body.AsSpan().TrimStart().StartsWith("--batchresponse_", StringComparison.Ordinal);

    /// <summary>The id at the end of <see cref="EntityId"/>, <c>…/accounts(00000000-…)</c>.</summary>
    public Guid? Id => ODataEntityId.Parse(EntityId);

    public static async Task<DataverseResponse> ReadAsync(HttpResponseMessage response, DateTimeOffset now, CancellationToken ct)
    {
        var body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        var entityId = response.Headers.TryGetValues("OData-EntityId", out var values) ? values.FirstOrDefault() : null;
        return new DataverseResponse(
            (int)response.StatusCode, body, response.Content.Headers.ContentType?.ToString(), entityId,
            RetryAfterOf(response.Headers.RetryAfter, now));
    }

    private static TimeSpan? RetryAfterOf(RetryConditionHeaderValue? header, DateTimeOffset now) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
        _ => null,
    };

    public override string ToString() => $"HTTP {Status} ({Body.Length} characters)";
}

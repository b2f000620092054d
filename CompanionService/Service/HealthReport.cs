using System.Text.Json.Serialization;

namespace MsiDynamics.CompanionService.Service;

/// <summary>
/// The body of <c>GET /health</c>: classes only, never a setting, a URL, an id or a secret, so it may be shown to a
/// load balancer or a monitoring tool as it is.
/// </summary>
/// <param name="Status"><c>healthy</c> or <c>unhealthy</c> (503).</param>
/// <param name="Lease"><c>holding</c> (this worker drains) or <c>standby</c> (another one does, or none can be claimed yet).</param>
/// <param name="LastCycle"><c>none</c>, <c>running</c>, <c>recent</c> or <c>stale</c> (no cycle started or ended within <c>Endpoints:HealthStaleAfter</c>).</param>
/// <param name="LastCycleAgeSeconds">Whole seconds since the last cycle ended; null before the first.</param>
/// <param name="Dataverse"><c>reachable</c>, <c>unreachable</c> or <c>unknown</c>, as the last cycle found it.</param>
/// <param name="Marketo"><c>reachable</c>, <c>refused</c> (credentials, permission), <c>quota_exhausted</c> or <c>unknown</c>, as the last cycle found it.</param>
public sealed record HealthReport(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("lease")] string Lease,
    [property: JsonPropertyName("lastCycle")] string LastCycle,
    [property: JsonPropertyName("lastCycleAgeSeconds")] long? LastCycleAgeSeconds,
    [property: JsonPropertyName("dataverse")] string Dataverse,
    [property: JsonPropertyName("marketo")] string Marketo)
{
    /// <summary>Whether the answer is 200 (else 503).</summary>
    [JsonIgnore]
    public bool Healthy => Status == "healthy";
}

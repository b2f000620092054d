namespace MsiDynamics.Emulators.Dataverse.WebApi.Limits;

/// <summary>
/// A 429 answer of the service protection limits (dataverse.md §6): the Dataverse error code, its message,
/// and the whole seconds to put in <c>Retry-After</c> (at least 1).
/// </summary>
internal sealed record Refusal(string Code, string Message, int RetryAfterSeconds)
{
    public static int Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
}

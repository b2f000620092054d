namespace MsiDynamics.CompanionService.Marketo.Usage;

/// <summary>One API user's calls on one day: <c>{"userId":"some.body@marketo.com","count":200}</c> (marketo.md §3.9).</summary>
public sealed class MarketoUserUsage
{
    /// <summary>The API-only user, by e-mail address.</summary>
    public string? UserId { get; init; }

    /// <summary>Its calls that day.</summary>
    public long Count { get; init; }

    public override string ToString() => $"{UserId}: {Count}";
}

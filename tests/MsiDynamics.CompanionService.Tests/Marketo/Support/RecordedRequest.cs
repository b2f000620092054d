namespace MsiDynamics.CompanionService.Tests.Marketo.Support;

/// <summary>One request the stub saw.</summary>
internal sealed record RecordedRequest(string Method, string PathAndQuery, string? Authorization, string Body)
{
    public bool IsIdentity => PathAndQuery.StartsWith("/identity/oauth/token", StringComparison.Ordinal);

    public string Path => PathAndQuery.Split('?')[0];
}

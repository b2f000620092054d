namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// Access tokens of the identity endpoint (marketo.md §1): one token per client id; asking again
/// while it is valid returns the same token and its remaining lifespan; the first use after expiry answers
/// 602, every later use 601; an unknown string is 601.
/// </summary>
internal sealed class TokenIssuer
{
    private readonly object _gate = new();
    private readonly Dictionary<string, IssuedToken> _byValue = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IssuedToken> _currentByClient = new(StringComparer.Ordinal);

    public enum Status
    {
        Valid,
        Expired,
        Invalid,
    }

    /// <summary>The client's valid token, or a new one; and its remaining lifespan in whole seconds.</summary>
    public (string Token, int ExpiresIn) Issue(string clientId, DateTimeOffset now, TimeSpan lifetime)
    {
        lock (_gate)
        {
            if (!_currentByClient.TryGetValue(clientId, out var token) || token.ExpiresAt <= now)
            {
                // DEV's example token: "cdf01657-110d-4155-99a7-f986b2ff13a0:int".
                token = new IssuedToken($"{Guid.NewGuid():D}:int", now + lifetime, clientId);
                _currentByClient[clientId] = token;
                _byValue[token.Value] = token;
            }

            return (token.Value, (int)Math.Floor((token.ExpiresAt - now).TotalSeconds));
        }
    }

    /// <summary>The API user owning a custom service: what the identity endpoint answers as <c>scope</c> (marketo.md §1).</summary>
    public static string UserOf(string clientId) => $"{clientId}@api.msidynamics.sandbox";

    /// <summary>The token's state; <paramref name="user"/> is its API user (<see cref="UserOf"/>) when it is known.</summary>
    public Status Validate(string? value, DateTimeOffset now, out string? user)
    {
        user = null;
        lock (_gate)
        {
            if (value is null || !_byValue.TryGetValue(value, out var token))
            {
                return Status.Invalid;
            }

            user = UserOf(token.ClientId);
            if (now < token.ExpiresAt)
            {
                return Status.Valid;
            }

            // "the first usage will return 602 … After this, using the same token will return a 601" (§1).
            if (token.ExpiryReported)
            {
                return Status.Invalid;
            }

            token.ExpiryReported = true;
            return Status.Expired;
        }
    }

    private sealed class IssuedToken(string value, DateTimeOffset expiresAt, string clientId)
    {
        public string ClientId { get; } = clientId;

        public string Value { get; } = value;

        public DateTimeOffset ExpiresAt { get; } = expiresAt;

        public bool ExpiryReported { get; set; }
    }
}

using Microsoft.AspNetCore.Http;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>The state of one running emulator, shared by its middleware and endpoints.</summary>
internal sealed class MarketoContext
{
    public MarketoContext(MarketoEmulatorOptions options)
    {
        Options = options;
        Store = new MarketoStore(KeyOf);
        Traffic = new MarketoTraffic();
        Envelope = new MarketoEnvelope(options.TimeProvider);
        StartedAt = options.TimeProvider.GetUtcNow();
    }

    public MarketoEmulatorOptions Options { get; }

    public TimeProvider Time => Options.TimeProvider;

    public MarketoStore Store { get; }

    public MarketoTraffic Traffic { get; }

    public MarketoEnvelope Envelope { get; }

    public TokenIssuer Tokens { get; } = new();

    public CallAllowance Allowance { get; } = new();

    public DailyUsage Usage { get; } = new();

    public FaultInjector Faults { get; } = new();

    public DateTimeOffset StartedAt { get; }

    /// <summary>REST calls are the ones the limits, tokens and faults apply to (marketo.md §3.1).</summary>
    public static bool IsRest(PathString path) => path.StartsWithSegments("/rest") || path.StartsWithSegments("/bulk");

    /// <summary>A new <c>marketoGUID</c>.</summary>
    public string NewGuid() => Guid.NewGuid().ToString("D");

    /// <summary>
    /// The lookup key of a value: e-mail addresses match case-insensitively; external ids as
    /// <see cref="MarketoEmulatorOptions.ExternalIdsCaseSensitive"/> says (UNCERTAIN, marketo.md
    /// §4.4 rule 2); anything else exactly. Null for a blank value.
    /// </summary>
    public string? KeyOf(string field, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var ignoreCase = field == LeadFields.Email
            || (!Options.ExternalIdsCaseSensitive && field.StartsWith("external", StringComparison.Ordinal));
        return ignoreCase ? value.ToLowerInvariant() : value;
    }
}

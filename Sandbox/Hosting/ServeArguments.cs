using System.Globalization;
using MsiDynamics.Emulators.Marketo;

namespace MsiDynamics.Sandbox.Hosting;

/// <summary>
/// The arguments of <c>serve</c>: the loopback ports of the two emulators (0, the default, picks a free one) and the
/// Marketo emulator's limits, so that each of Marketo's refusals can be reached from outside the process with curl:
/// 601/602 (token lifetime, client id and secret), 607 (daily quota), 606 (rate window), 615 (concurrency, with a
/// latency that holds calls in flight). An option not given keeps Marketo's documented default (marketo.md §5.1).
/// </summary>
internal sealed record ServeArguments(int MarketoPort, int DataversePort)
{
    private static readonly Option[] Options =
    [
        new("--marketo-port", "<port>", "Marketo emulator port (0 or none = a free port)", (a, v) => Port(v) is { } p ? a with { MarketoPort = p } : null),
        new("--dataverse-port", "<port>", "Dataverse emulator port (0 or none = a free port)", (a, v) => Port(v) is { } p ? a with { DataversePort = p } : null),
        new("--marketo-client-id", "<id>", "the only client id the identity endpoint accepts (needs --marketo-client-secret)", (a, v) => a with { ClientId = v }),
        new("--marketo-client-secret", "<secret>", "its secret; without both, any pair is accepted", (a, v) => a with { ClientSecret = v }),
        new("--marketo-token-lifetime", "<seconds>", "life of a new access token (default 3600); then 602 once, then 601", (a, v) => Count(v, 1) is { } n ? a with { TokenLifetime = TimeSpan.FromSeconds(n) } : null),
        new("--marketo-daily-quota", "<calls>", "calls a day before 607 (default 50000)", (a, v) => Count(v, 0) is { } n ? a with { DailyQuota = n } : null),
        new("--marketo-calls-per-window", "<calls>", "calls in one rate window before 606 (default 100)", (a, v) => Count(v, 1) is { } n ? a with { CallsPerWindow = n } : null),
        new("--marketo-rate-window", "<seconds>", "length of the sliding rate window (default 20)", (a, v) => Count(v, 1) is { } n ? a with { RateWindow = TimeSpan.FromSeconds(n) } : null),
        new("--marketo-max-concurrent-calls", "<calls>", "calls in flight before 615 (default 10)", (a, v) => Count(v, 1) is { } n ? a with { MaxConcurrentCalls = n } : null),
        new("--marketo-latency", "<milliseconds>", "delay of every REST call, to hold calls in flight (default 0)", (a, v) => Count(v, 0) is { } n ? a with { Latency = TimeSpan.FromMilliseconds(n) } : null),
        new("--marketo-missing-token", "601|600|401", "answer to a REST call without a token (UNCERTAIN, default 601)", (a, v) => MissingTokenAnswer(v) is { } m ? a with { MissingToken = m } : null),
    ];

    /// <summary>What <c>serve --help</c> prints.</summary>
    public static string Help { get; } =
        "Usage: dotnet run --project Sandbox -- serve [options]\n\nServes both emulators until Ctrl+C.\n\nOptions:\n"
        + string.Join('\n', Options.Select(o => $"  {o.Name + " " + o.Value,-44} {o.Description}"))
        + $"\n  {"--help",-44} show this text";

    /// <summary>Whether <c>--help</c> was asked for: print <see cref="Help"/> and serve nothing.</summary>
    public bool ShowHelp { get; init; }

    public string? ClientId { get; init; }

    public string? ClientSecret { get; init; }

    public TimeSpan? TokenLifetime { get; init; }

    public int? DailyQuota { get; init; }

    public int? CallsPerWindow { get; init; }

    public TimeSpan? RateWindow { get; init; }

    public int? MaxConcurrentCalls { get; init; }

    public TimeSpan? Latency { get; init; }

    public MarketoMissingTokenAnswer? MissingToken { get; init; }

    /// <summary>Parses the options above; null and an error to show otherwise.</summary>
    public static ServeArguments? Parse(string[] args, out string error)
    {
        var parsed = new ServeArguments(0, 0);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--help" or "-h")
            {
                parsed = parsed with { ShowHelp = true };
                continue;
            }

            if (Options.FirstOrDefault(o => o.Name == args[i]) is not { } option)
            {
                error = $"Unknown option '{args[i]}'; serve --help lists them.";
                return null;
            }

            if (i + 1 >= args.Length || option.Apply(parsed, args[++i]) is not { } next)
            {
                error = $"{option.Name} needs {option.Value}: {option.Description}.";
                return null;
            }

            parsed = next;
        }

        error = (parsed.ClientId is null) == (parsed.ClientSecret is null)
            ? string.Empty
            : "--marketo-client-id and --marketo-client-secret go together.";
        return error.Length == 0 ? parsed : null;
    }

    /// <summary>The Marketo emulator's options: Marketo's defaults, overridden by the options given.</summary>
    public MarketoEmulatorOptions ToMarketoOptions()
    {
        var options = new MarketoEmulatorOptions { Port = MarketoPort, ClientId = ClientId, ClientSecret = ClientSecret };
        options.TokenLifetime = TokenLifetime ?? options.TokenLifetime;
        options.DailyQuota = DailyQuota ?? options.DailyQuota;
        options.CallsPerWindow = CallsPerWindow ?? options.CallsPerWindow;
        options.RateWindow = RateWindow ?? options.RateWindow;
        options.MaxConcurrentCalls = MaxConcurrentCalls ?? options.MaxConcurrentCalls;
        options.Faults.Latency = Latency ?? options.Faults.Latency;
        options.MissingToken = MissingToken ?? options.MissingToken;
        return options;
    }

    private static int? Port(string text) => Count(text, 0) is { } port && port <= 65535 ? port : null;

    private static int? Count(string text, int minimum) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= minimum ? n : null;

    private static MarketoMissingTokenAnswer? MissingTokenAnswer(string text) => text switch
    {
        "601" => MarketoMissingTokenAnswer.Code601,
        "600" => MarketoMissingTokenAnswer.Code600,
        "401" => MarketoMissingTokenAnswer.Http401,
        _ => null,
    };

    private sealed record Option(string Name, string Value, string Description, Func<ServeArguments, string, ServeArguments?> Apply);
}

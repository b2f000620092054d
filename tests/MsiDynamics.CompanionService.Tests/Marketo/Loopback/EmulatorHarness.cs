using Microsoft.Extensions.DependencyInjection;
using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Tests.Marketo.Support;
using MsiDynamics.Emulators.Marketo;

namespace MsiDynamics.CompanionService.Tests.Marketo.Loopback;

/// <summary>
/// The Marketo emulator on a loopback port and the client as the worker builds it, pointed at it. Tests
/// assert on what the emulator holds and saw (<see cref="MarketoEmulator.Store"/>, <see cref="MarketoEmulator.Traffic"/>).
/// </summary>
internal sealed class EmulatorHarness : IAsyncDisposable
{
    private EmulatorHarness(MarketoEmulator emulator, MarketoClientHarness client, TokenSpy tokens)
    {
        Emulator = emulator;
        ClientHarness = client;
        Tokens = tokens;
    }

    public MarketoEmulator Emulator { get; }

    public MarketoClientHarness ClientHarness { get; }

    public MarketoClient Client => ClientHarness.Client;

    public MarketoTraffic Traffic => Emulator.Traffic;

    /// <summary>Every bearer token the client sent, for "never logged" assertions.</summary>
    public TokenSpy Tokens { get; }

    public static async Task<EmulatorHarness> StartAsync(
        Action<MarketoEmulatorOptions>? emulator = null,
        Action<MarketoOptions>? client = null,
        Action<TokenSpy>? spy = null,
        TimeProvider? clientTime = null,
        Action<IServiceCollection>? host = null)
    {
        var emulatorOptions = new MarketoEmulatorOptions
        {
            ClientId = MarketoClientHarness.ClientId,
            ClientSecret = MarketoClientHarness.ClientSecret,
        };
        emulator?.Invoke(emulatorOptions);
        var started = await MarketoEmulator.StartAsync(emulatorOptions);
        var tokens = new TokenSpy();
        spy?.Invoke(tokens);
        var harness = MarketoClientHarness.Create(
            started.BaseUrl, configure: client, time: clientTime, extraHandler: () => new TokenSpyHandler(tokens), host: host);
        return new EmulatorHarness(started, harness, tokens);
    }

    public async ValueTask DisposeAsync()
    {
        await ClientHarness.DisposeAsync();
        await Emulator.DisposeAsync();
    }
}

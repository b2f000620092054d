using Microsoft.Extensions.Time.Testing;
using MsiDynamics.Emulators.Dataverse;
using MsiDynamics.Emulators.Dataverse.Pipeline;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Loopback;

/// <summary>
/// The Dataverse emulator on a loopback port, running the real plug-in steps, and the worker's client pointed at it
/// over real HTTP. Tests arrange rows in <see cref="Organization"/>, act through <see cref="Worker"/> (or more
/// workers from <see cref="AddWorker"/>), and assert on the rows and on <see cref="Traffic"/>.
/// </summary>
internal sealed class LoopbackDataverse : IAsyncDisposable
{
    private readonly List<LoopbackWorker> _workers = [];
    private readonly Dictionary<string, string?> _defaults = [];
    private readonly TimeProvider? _time;

    private LoopbackDataverse(DataverseEmulator emulator, TimeProvider? time)
    {
        Emulator = emulator;
        _time = time;
    }

    public DataverseEmulator Emulator { get; }

    public InMemoryOrganization Organization => Emulator.Organization;

    public DataverseTraffic Traffic => Emulator.Traffic;

    /// <summary>The first worker, token "worker-1".</summary>
    public LoopbackWorker Worker => _workers[0];

    /// <summary>
    /// Starts the emulator (on <paramref name="time"/> when given, which the workers then share) and the first
    /// worker with <paramref name="client"/> settings over the loopback defaults. On a plain
    /// <see cref="FakeTimeProvider"/> the workers do not retry unless the settings say so: a back-off on a clock
    /// no one advances would hang the test instead of failing it (the retry tests watch the clock's timers instead).
    /// </summary>
    public static async Task<LoopbackDataverse> StartAsync(
        TimeProvider? time = null,
        Action<DataverseEmulatorOptions>? emulator = null,
        IDictionary<string, string?>? client = null)
    {
        var options = new DataverseEmulatorOptions();
        if (time is not null)
        {
            options.TimeProvider = time;
        }

        emulator?.Invoke(options);
        var started = new LoopbackDataverse(await DataverseEmulator.StartAsync(options), time);
        if (time is FakeTimeProvider)
        {
            started._defaults["Dataverse:MaxRetryAttempts"] = "0";
        }

        started.AddWorker("worker-1", client);
        return started;
    }

    /// <summary>
    /// Another worker instance: its own client, connection pool, request budget and token; pointed at
    /// <paramref name="url"/> when given (another name of the emulator), else at <see cref="DataverseEmulator.BaseUrl"/>.
    /// </summary>
    public LoopbackWorker AddWorker(string token, IDictionary<string, string?>? client = null, Uri? url = null)
    {
        var settings = new Dictionary<string, string?>(_defaults);
        foreach (var (key, value) in client ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var worker = LoopbackWorker.Create(url ?? Emulator.BaseUrl, token, _time, settings);
        _workers.Add(worker);
        return worker;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var worker in _workers)
        {
            await worker.DisposeAsync();
        }

        await Emulator.DisposeAsync();
    }
}

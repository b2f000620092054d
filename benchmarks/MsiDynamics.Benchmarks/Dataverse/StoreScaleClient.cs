using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using MsiDynamics.CompanionService.Dataverse.Queue;
using MsiDynamics.Emulators.Dataverse;
using Q = MsiDynamics.Schema.DataverseSchema.SyncQueueItem;

namespace MsiDynamics.Benchmarks.Dataverse;

/// <summary>
/// The two requests <see cref="StoreScaleRunner"/> times, sent over loopback HTTP as any client sends them: a
/// lead Create, and the first page of the drain's due read (<see cref="SyncQueue.DueRows"/>, with the columns the drain reads).
/// </summary>
internal sealed class StoreScaleClient : IDisposable
{
    private const int Warmup = 50;

    // The columns the drain's due read selects (CompanionService/Sync/Source/DueRowReader).
    private static readonly string[] DueColumns =
        [Q.Id, Q.Entity, Q.RecordId, Q.Operation, Q.Payload, Q.Status, Q.Attempts, Q.Lane, Q.CreatedOn];

    private readonly HttpClient _http;
    private int _leads;

    public StoreScaleClient(DataverseEmulator emulator)
    {
        _http = new HttpClient { BaseAddress = emulator.WebApiUrl };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "benchmark");
    }

    public async Task CreateLeadAsync()
    {
        var lead = $$"""{"firstname":"Scale","lastname":"Lead {{++_leads}}","emailaddress1":"lead{{_leads}}@example.com"}""";
        using var response = await _http.PostAsync("leads", new StringContent(lead, Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Reads the first page of due rows; returns how many rows it held.</summary>
    public async Task<int> ReadDueRowsAsync()
    {
        var query = SyncQueue.DueRows(DateTimeOffset.UtcNow, DueColumns);
        using var request = new HttpRequestMessage(HttpMethod.Get, query.ToPath());
        foreach (var preference in query.Preferences(StoreScaleFigures.PageSize))
        {
            request.Headers.TryAddWithoutValidation("Prefer", preference);
        }

        using var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsStringAsync();
        return CountRows(body);
    }

    /// <summary>The median time of <paramref name="runs"/> runs of <paramref name="operation"/>, after a warm-up.</summary>
    public async Task<TimeSpan> MedianAsync(int runs, Func<Task> operation)
    {
        for (var i = 0; i < Warmup; i++)
        {
            await operation();
        }

        var times = new List<TimeSpan>(runs);
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await operation();
            times.Add(clock.Elapsed);
        }

        times.Sort();
        return times[runs / 2];
    }

    public void Dispose() => _http.Dispose();

    private static int CountRows(string body)
    {
        using var json = System.Text.Json.JsonDocument.Parse(body);
        return json.RootElement.GetProperty("value").GetArrayLength();
    }
}

using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using MsiDynamics.CompanionService.Dataverse.Identity;
using MsiDynamics.CompanionService.Dataverse.Queue;
using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Marketo.Companies;
using MsiDynamics.CompanionService.Marketo.Identity;
using MsiDynamics.Emulators.Dataverse;
using MsiDynamics.Emulators.Marketo;
using MsiDynamics.Sandbox.Demo;
using MsiDynamics.Sandbox.Hosting;
using Q = MsiDynamics.Schema.DataverseSchema.SyncQueueItem;

namespace MsiDynamics.Sandbox.Tests.Demo;

/// <summary>
/// The queue is readable by anyone who can open the table in Dynamics, so no column of a <c>msi_syncqueueitem</c>
/// row may ever hold the Marketo client secret, a Marketo access token or the Dataverse bearer token (architecture.md §4, §6)
/// — also when pushes fail and the reasons written back quote what was sent. The flow is the sandbox's: the real
/// plug-in steps queue the rows, the worker as AddMsiWorker wires it reads the due rows, pushes and completes them over loopback.
/// </summary>
public sealed class QueueRowSecretTests
{
    [Test]
    public async Task After_a_run_with_failed_pushes_no_queue_row_column_holds_a_secret_or_a_token()
    {
        var clock = new DemoClock();
        await using var dataverse = await DataverseEmulator.StartAsync(new DataverseEmulatorOptions { TimeProvider = clock, PluginAssemblies = [PluginAssembly.Capture] });
        await using var marketo = await MarketoEmulator.StartAsync(
            new MarketoEmulatorOptions { ClientId = SandboxWorker.MarketoClientId, ClientSecret = SandboxWorker.MarketoClientSecret });
        await using var services = SandboxWorker.Build(dataverse.BaseUrl, marketo.BaseUrl, clock);
        var crm = new DemoCrm(dataverse.Organization);
        crm.WorkTheDay();
        var queue = services.GetRequiredService<SyncQueue>();
        var due = await DemoFlow.ReadDueAsync(services, clock);

        // Marketo refuses every call (603, access denied); the worker records why on each row.
        marketo.Options.Faults.ErrorRates["603"] = 1;
        var push = await services.GetRequiredService<MarketoClient>().Companies.SyncAsync(
            [new MarketoCompany(crm.Account, "Fabrikam")]);
        var marketoToken = (await services.GetRequiredService<MarketoTokenCache>().GetAsync(CancellationToken.None)).Token!.Value;
        var dataverseToken = (await services.GetRequiredService<IDataverseTokenSource>().GetTokenAsync(false, CancellationToken.None)).Token!.Value;
        var quoted = $"POST /rest/v1/companies.json Authorization: Bearer {marketoToken} failed; identity was GET "
            + $"identity/oauth/token?client_id={SandboxWorker.MarketoClientId}&client_secret={SandboxWorker.MarketoClientSecret} "
            + $"answering {{\"access_token\":\"{marketoToken}\"}}; Dataverse PATCH with Authorization: Bearer {dataverseToken}";
        var completed = await queue.CompleteAsync([.. due.Select((item, i) => (i % 3) switch
        {
            0 => QueueCompletion.RetryScheduled(item.Id, item.Attempts + 1, clock.GetUtcNow().AddMinutes(5), $"{push.Call}: {push.Call.Message}; {quoted}"),
            1 => QueueCompletion.DeadLettered(item.Id, item.Attempts + 1, quoted),
            _ => QueueCompletion.Superseded(item.Id, item.Attempts + 1, "superseded; " + quoted),
        })]);

        Assert.That(push.Call.IsSuccess, Is.False, "the run included failed pushes");
        var queued = dataverse.Organization.Rows(Q.EntityName).Count;
        Assert.That(queued, Is.InRange(7, 8), "the demo's seven saves, the connection's queued once per pipeline at most");
        Assert.That((due.Count, completed.AllSucceeded), Is.EqualTo((queued, true)), completed.ToString());
        // Counts only: a failing assertion must not print the secrets it looks for.
        var rows = dataverse.Organization.Rows(Q.EntityName);
        var stored = rows.SelectMany(r => r.Attributes.Select(a => $"{a.Key}={Text(a.Value)}")).ToList();
        var secrets = new Dictionary<string, string>
        {
            ["Marketo client secret"] = SandboxWorker.MarketoClientSecret,
            ["Marketo access token"] = marketoToken.Split(':')[0],
            ["Dataverse bearer token"] = dataverseToken,
        };
        var leaks = secrets.ToDictionary(s => s.Key, s => stored.Count(column => column.Contains(s.Value, StringComparison.Ordinal)));
        Assert.That(leaks, Has.All.Property("Value").EqualTo(0), "queue row columns holding each secret");
        Assert.That(rows.Count(r => r.GetAttributeValue<string>(Q.LastError)?.Contains("(redacted)", StringComparison.Ordinal) == true),
            Is.EqualTo(queued), "every row was completed with a reason that quoted secrets");
    }

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        Microsoft.Xrm.Sdk.EntityReference reference => $"{reference.LogicalName}:{reference.Id}:{reference.Name}",
        Microsoft.Xrm.Sdk.OptionSetValue option => option.Value.ToString(CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}

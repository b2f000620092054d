using MsiDynamics.CompanionService.Operations.Verify;
using MsiDynamics.Emulators.Dataverse;
using MsiDynamics.Emulators.Marketo;
using MsiDynamics.Sandbox.Hosting;
using MsiDynamics.Sandbox.Main;

namespace MsiDynamics.Sandbox.Tests.Main;

/// <summary>
/// The sandbox's organisation, seeded and changed over two days and drained by the worker, verifies clean; after
/// <see cref="MislinkPlants"/> breaks one link of each kind, <c>verify --all</c> reports every one of them.
/// </summary>
public sealed class MislinkPlantsTests
{
    [Test]
    public async Task The_drained_sandbox_verifies_clean_and_every_planted_mislink_is_then_found()
    {
        await using var dataverse = await DataverseEmulator.StartAsync(new DataverseEmulatorOptions { PluginAssemblies = [PluginAssembly.Capture] });
        await using var marketo = await MarketoEmulator.StartAsync(
            new MarketoEmulatorOptions { ClientId = SandboxWorker.MarketoClientId, ClientSecret = SandboxWorker.MarketoClientSecret });
        await using var services = SandboxWorker.Build(dataverse.BaseUrl, marketo.BaseUrl);
        using var http = new HttpClient { BaseAddress = dataverse.WebApiUrl };
        var seed = new OrganisationSeed(dataverse, new WebApiWriter(http));
        await seed.CreateAsync(CancellationToken.None);
        await SandboxDrain.UntilIdleAsync(services, CancellationToken.None);
        await seed.ChangeAsync(CancellationToken.None);
        await SandboxDrain.UntilIdleAsync(services, CancellationToken.None);
        var every = new VerifyScope(null, VerifyScope.AllTables);

        // verify runs as its own process does, on services of its own: the drain's keep their Marketo call fence armed
        // with the lease they released, and refuse every call after it.
        await using var checker = SandboxWorker.Build(dataverse.BaseUrl, marketo.BaseUrl);
        var before = await MarketoVerification.From(checker).RunAsync(every);
        var planted = await MislinkPlants.PlantAsync(dataverse.Organization, marketo);
        var after = await MarketoVerification.From(checker).RunAsync(every);

        Assert.That(before.Findings, Is.Empty, Report(before));
        Assert.That(before.IsClean, Is.True, before.Stopped);
        Assert.That(planted.Select(p => p.Kind).Distinct().Count(), Is.EqualTo(6));
        Assert.That(planted.Where(p => !p.IsFoundIn(after)), Is.Empty, Report(after));
    }

    private static string Report(VerifyResult result)
    {
        using var text = new StringWriter();
        VerifyText.Write(text, result);
        return text.ToString();
    }
}

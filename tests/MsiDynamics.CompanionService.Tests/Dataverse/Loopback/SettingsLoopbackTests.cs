using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.CompanionService.Dataverse.Settings;
using S = MsiDynamics.Schema.DataverseSchema.SyncSetting;
using St = MsiDynamics.Schema.DataverseSchema.SyncState;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Loopback;

/// <summary>The settings and shared state the worker reads over loopback (architecture.md §4: msi_syncsetting, msi_syncstate).</summary>
public sealed class SettingsLoopbackTests
{
    [Test]
    public async Task Without_setting_rows_every_table_is_enabled()
    {
        await using var dv = await LoopbackDataverse.StartAsync();

        var settings = await dv.Worker.Get<SyncSettingsReader>().ReadAsync();

        Assert.That(settings.Outcome.IsSuccess, Is.True, settings.Outcome.ToString());
        Assert.That(new[] { "lead", "contact", "account", "opportunity", "connection" }.Select(settings.IsEnabled), Has.All.True);
    }

    [Test]
    public async Task A_row_with_msi_enabled_false_disables_its_table_and_only_that_one()
    {
        await using var dv = await LoopbackDataverse.StartAsync();
        dv.Organization.SeedRow(S.EntityName, (S.Entity, "contact"), (S.Enabled, false));
        dv.Organization.SeedRow(S.EntityName, (S.Entity, "lead"), (S.Enabled, true));
        dv.Organization.SeedRow(S.EntityName, (S.Entity, "connection"), (S.Enabled, false));

        var settings = await dv.Worker.Get<SyncSettingsReader>().ReadAsync();

        Assert.That(settings.Disabled, Is.EquivalentTo(new[] { "contact", "connection" }));
        Assert.That((settings.IsEnabled("lead"), settings.IsEnabled("contact"), settings.IsEnabled("connectionrole")), Is.EqualTo((true, false, false)));
    }

    [Test]
    public async Task Sync_state_is_absent_then_created_then_updated_in_place()
    {
        await using var dv = await LoopbackDataverse.StartAsync();
        var store = dv.Worker.Get<SyncStateStore>();

        var absent = await store.GetAsync("writeback.pagingtoken");
        var created = await store.SetAsync("writeback.pagingtoken", "token-1");
        var updated = await store.SetAsync("writeback.pagingtoken", "token-2 & 'more'");
        var read = await store.GetAsync("writeback.pagingtoken");

        Assert.That((absent.Exists, absent.Outcome.IsSuccess), Is.EqualTo((false, true)));
        Assert.That((created.IsSuccess, updated.IsSuccess), Is.EqualTo((true, true)), $"{created} / {updated}");
        Assert.That((read.Value, read.Id), Is.EqualTo(("token-2 & 'more'", created.Id)));
        Assert.That(dv.Organization.Rows(St.EntityName).Select(r => (r[St.Name], r[St.Value])),
            Is.EqualTo(new[] { ("writeback.pagingtoken", "token-2 & 'more'") }));
    }

    [Test]
    public async Task Setting_sync_state_from_a_stale_read_is_a_LostRace_and_keeps_the_newer_value()
    {
        await using var dv = await LoopbackDataverse.StartAsync();
        var mine = dv.Worker.Get<SyncStateStore>();
        var theirs = dv.AddWorker("worker-2").Get<SyncStateStore>();
        await mine.SetAsync("reconcile.last", "2026-01-01");
        var stale = await mine.GetAsync("reconcile.last");
        Assert.That((await theirs.SetAsync("reconcile.last", "2026-02-01")).IsSuccess, Is.True);

        var lost = await mine.SetAsync("reconcile.last", "2026-01-15", stale);

        Assert.That((lost.Kind, lost.HttpStatus), Is.EqualTo((DataverseOutcomeKind.LostRace, 412)));
        Assert.That((await mine.GetAsync("reconcile.last")).Value, Is.EqualTo("2026-02-01"));
    }
}

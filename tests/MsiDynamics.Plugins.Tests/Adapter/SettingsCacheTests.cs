using Microsoft.Xrm.Sdk;
using MsiDynamics.Plugins.Adapter;
using MsiDynamics.Plugins.Capture;
using MsiDynamics.Plugins.Steps;

namespace MsiDynamics.Plugins.Tests.Adapter;

/// <summary>How long an organisation's settings are trusted, measured on the wall clock (dataverse.md §0.8).</summary>
public sealed class SettingsCacheTests
{
    private static readonly DateTime ReadAt = new(2030, 1, 1, 12, 0, 0, DateTimeKind.Utc);

    [TestCase(-1.0, false, TestName = "A clock that went back before the read counts as stale")]
    [TestCase(0.0, true, TestName = "Settings are trusted from the moment they are read")]
    [TestCase(59.999, true, TestName = "Settings are trusted just under a minute")]
    [TestCase(60.0, false, TestName = "Settings expire exactly a minute after the read")]
    public void Cached_settings_are_trusted_for_a_minute_on_the_injected_clock(double secondsLater, bool hit)
    {
        var now = ReadAt;
        var cache = new SettingsCache(() => now);
        cache.Store(SyncSettings.AllEnabled);

        now = ReadAt.AddSeconds(secondsLater);

        Assert.That(cache.WithoutRead(), hit ? Is.SameAs(SyncSettings.AllEnabled) : Is.Null);
    }

    [TestCase(-1.0, false, TestName = "A clock that went back before the failed read ends the back-off")]
    [TestCase(0.0, true, TestName = "A stale copy serves from the moment a read fails")]
    [TestCase(59.999, true, TestName = "A stale copy serves until just under a minute after the failed read")]
    [TestCase(60.0, false, TestName = "A stale copy is read again exactly a minute after the failed read")]
    public void After_a_failed_read_a_stale_copy_serves_for_the_back_off_on_the_injected_clock(double secondsAfterFailure, bool hit)
    {
        var now = ReadAt;
        var cache = new SettingsCache(() => now);
        cache.Store(SyncSettings.AllEnabled);
        var failedAt = ReadAt.AddMinutes(5);
        now = failedAt;
        cache.RecordFailure();

        now = failedAt.AddSeconds(secondsAfterFailure);

        Assert.That(cache.WithoutRead(), hit ? Is.SameAs(SyncSettings.AllEnabled) : Is.Null);
    }

    [Test]
    public void A_failed_read_without_a_copy_leaves_nothing_to_serve()
    {
        var cache = new SettingsCache(() => ReadAt);

        cache.RecordFailure();

        Assert.That(cache.WithoutRead(), Is.Null);
    }

    [Test]
    public void One_organisations_settings_are_never_served_to_another()
    {
        SettingsCache.Install(Guid.NewGuid(), () => ReadAt).Store(SyncSettings.AllEnabled);

        Assert.That(SettingsCache.For(Guid.NewGuid()).WithoutRead(), Is.Null);
    }

    [Test]
    public void The_step_reads_again_exactly_when_the_lifetime_has_passed_on_the_wall_clock_whatever_the_operation_time()
    {
        var (platform, clock) = Organization();
        var readsAfter = new List<int>();

        foreach (var secondsLater in new[] { 0.0, 59.999, 60.0 })
        {
            clock.Now = ReadAt.AddSeconds(secondsLater);
            Save(platform);
            readsAfter.Add(platform.SettingReads);
        }

        Assert.That(readsAfter, Is.EqualTo(new[] { 1, 1, 2 }));
    }

    [Test]
    public void Settings_within_their_lifetime_are_used_without_a_call_even_when_the_operation_is_dated_later()
    {
        var (platform, clock) = Organization();
        Save(platform);
        platform.SettingsFault = new InvalidPluginExecutionException("Generic SQL error.");

        clock.Now = ReadAt.AddSeconds(30);
        platform.Context.OperationCreatedOn = ReadAt.AddMinutes(2);
        Save(platform);

        Assert.That(platform.Calls, Is.EqualTo(new[] { "RetrieveMultiple msi_syncsetting", "Create msi_syncqueueitem", "Create msi_syncqueueitem" }));
    }

    /// <summary>A lead e-mail change in an organisation whose cache runs on a clock the test sets.</summary>
    internal static (FakePlatform Platform, Clock Clock) Organization()
    {
        var clock = new Clock { Now = ReadAt };
        var platform = new FakePlatform(new FakeExecutionContext { OperationCreatedOn = ReadAt });
        platform.Context.InputParameters["Target"] = new Entity("lead", Guid.NewGuid()) { ["emailaddress1"] = "new@example.com" };
        SettingsCache.Install(platform.Context.OrganizationId, () => clock.Now);
        return (platform, clock);
    }

    /// <summary>One save: the step runs for a new operation of the same organisation.</summary>
    internal static void Save(FakePlatform platform)
    {
        platform.Context.SharedVariables.Clear();
        new LeadCapturePlugin().Execute(platform);
    }

    internal sealed class Clock
    {
        public DateTime Now { get; set; }
    }
}

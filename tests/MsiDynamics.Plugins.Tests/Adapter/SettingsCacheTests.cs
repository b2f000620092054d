using Microsoft.Xrm.Sdk;
using MsiDynamics.Plugins.Adapter;
using MsiDynamics.Plugins.Capture;
using MsiDynamics.Plugins.Steps;

namespace MsiDynamics.Plugins.Tests.Adapter;

/// <summary>How long an organisation's settings are trusted, measured on the platform's clock.</summary>
public sealed class SettingsCacheTests
{
    private static readonly DateTime ReadAt = new(2030, 1, 1, 12, 0, 0, DateTimeKind.Utc);

    [TestCase(-1.0, false, TestName = "A time before the read counts as stale")]
    [TestCase(0.0, true, TestName = "Settings are trusted from the moment they are read")]
    [TestCase(59.999, true, TestName = "Settings are trusted just under a minute")]
    [TestCase(60.0, false, TestName = "Settings a minute old are read again")]
    public void Cached_settings_are_trusted_for_a_minute_after_the_read(double secondsLater, bool hit)
    {
        var organizationId = Guid.NewGuid();
        SettingsCache.Store(organizationId, ReadAt, SyncSettings.AllEnabled);

        var cached = SettingsCache.Get(organizationId, ReadAt.AddSeconds(secondsLater));

        Assert.That(cached, hit ? Is.SameAs(SyncSettings.AllEnabled) : Is.Null);
    }

    [Test]
    public void One_organisations_settings_are_never_served_to_another()
    {
        SettingsCache.Store(Guid.NewGuid(), ReadAt, SyncSettings.AllEnabled);

        Assert.That(SettingsCache.Get(Guid.NewGuid(), ReadAt), Is.Null);
    }

    [Test]
    public void An_operation_without_a_platform_time_is_timed_by_the_servers_clock()
    {
        var context = new FakeExecutionContext { OperationCreatedOn = default };
        context.InputParameters["Target"] = new Entity("lead", Guid.NewGuid()) { ["emailaddress1"] = "new@example.com" };
        var platform = new FakePlatform(context);
        new LeadCapturePlugin().Execute(platform);
        context.SharedVariables.Clear();

        context.OperationCreatedOn = DateTime.UtcNow;
        new LeadCapturePlugin().Execute(platform);

        Assert.That((platform.SettingReads, platform.Created.Count), Is.EqualTo((1, 2)), "the second save used the cache");
    }
}

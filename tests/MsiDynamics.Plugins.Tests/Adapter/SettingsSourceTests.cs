using System.Text.RegularExpressions;
using Microsoft.Xrm.Sdk;
using static MsiDynamics.Plugins.Tests.Adapter.SettingsCacheTests;

namespace MsiDynamics.Plugins.Tests.Adapter;

/// <summary>
/// A settings read that fails: the transaction is already doomed (dataverse.md §0.9), so the save fails at once
/// with a message an admin can act on, and the step makes no further call. For a minute after it, saves that
/// find a copy, even a stale one, use it without a call (dataverse.md §0.8).
/// </summary>
public sealed class SettingsSourceTests
{
    private const string Read = "RetrieveMultiple msi_syncsetting";
    private const string Create = "Create msi_syncqueueitem";

    [Test]
    public void A_failed_settings_read_fails_the_save_with_a_clear_message_and_nothing_is_called_after_it()
    {
        var (platform, _) = Organization();
        platform.SettingsFault = new InvalidPluginExecutionException("Generic SQL error.");

        var error = Assert.Throws<InvalidPluginExecutionException>(() => Save(platform))!;

        Assert.That(error.Message, Is.EqualTo(
            "MsiDynamics could not read its sync settings (table msi_syncsetting), so this change was not saved. "
            + "Try again; if it keeps failing, an administrator should check that the MsiDynamics solution and its "
            + "msi_syncsetting table are installed and readable, and the plug-in trace log for correlation id "
            + platform.Context.CorrelationId.ToString("D") + ". Cause: InvalidPluginExecutionException: Generic SQL error."));
        Assert.That(platform.Calls, Is.EqualTo(new[] { Read }));
        Assert.That(platform.Created, Is.Empty);
    }

    [Test]
    public void A_stale_cache_whose_read_fails_fails_the_save_instead_of_serving_the_stale_copy()
    {
        var (platform, clock) = Organization();
        Save(platform);
        platform.SettingsFault = new InvalidPluginExecutionException("Generic SQL error.");
        clock.Now = clock.Now.AddSeconds(60);

        Assert.Throws<InvalidPluginExecutionException>(() => Save(platform));

        Assert.That(platform.Calls, Is.EqualTo(new[] { Read, Create, Read }));
    }

    [Test]
    public void After_a_failed_read_a_save_that_finds_no_copy_reads_again()
    {
        var (platform, _) = Organization();
        platform.SettingsFault = new InvalidPluginExecutionException("Generic SQL error.");
        Assert.Throws<InvalidPluginExecutionException>(() => Save(platform));

        platform.SettingsFault = null;
        Save(platform);

        Assert.That(platform.Calls, Is.EqualTo(new[] { Read, Read, "Create msi_syncqueueitem" }));
    }

    [Test]
    public void A_save_that_finds_no_copy_within_the_back_off_fails_again_when_its_read_fails()
    {
        var (platform, clock) = Organization();
        platform.SettingsFault = new InvalidPluginExecutionException("Generic SQL error.");
        Assert.Throws<InvalidPluginExecutionException>(() => Save(platform));
        clock.Now = clock.Now.AddSeconds(1);

        Assert.Throws<InvalidPluginExecutionException>(() => Save(platform));

        Assert.That(platform.Calls, Is.EqualTo(new[] { Read, Read }));
    }

    [TestCase(0.0, TestName = "Right after a failed read the stale copy serves the next save without a call")]
    [TestCase(59.999, TestName = "The stale copy serves saves without a call until just under a minute after the failed read")]
    public void Within_the_back_off_after_a_failed_read_a_stale_copy_is_used_without_a_call(double secondsAfterFailure)
    {
        var (platform, clock) = StaleCopyWhoseReadFailed();

        clock.Now = clock.Now.AddSeconds(secondsAfterFailure);
        Save(platform);

        Assert.That(platform.Calls, Is.EqualTo(new[] { Read, Create, Read, Create }));
        Assert.That(platform.Created, Has.Count.EqualTo(2), "the save went through with the stale copy");
    }

    [Test]
    public void A_minute_after_a_failed_read_a_stale_copy_is_read_again()
    {
        var (platform, clock) = StaleCopyWhoseReadFailed();
        platform.SettingsFault = null;

        clock.Now = clock.Now.AddSeconds(60);
        Save(platform);

        Assert.That(platform.Calls, Is.EqualTo(new[] { Read, Create, Read, Read, Create }));
    }

    [Test]
    public void A_failed_settings_read_is_traced_in_one_line_from_the_correlation_id_to_the_elapsed_time()
    {
        var (platform, _) = Organization();
        platform.SettingsFault = new TimeoutException("The request channel timed out.");

        Assert.Throws<InvalidPluginExecutionException>(() => Save(platform));

        var line = platform.Traces.Single();
        var said = Regex.Match(line, @"^" + platform.Context.CorrelationId.ToString("D") + @" msi capture: (.*) \d+\.\d\d ms$");
        Assert.That(said.Groups[1].Value, Is.EqualTo("settings read failed, save stopped: TimeoutException: The request channel timed out."));
    }

    /// <summary>A save that read the settings, then, once they expired, a save whose read failed (at the clock's time).</summary>
    private static (FakePlatform Platform, Clock Clock) StaleCopyWhoseReadFailed()
    {
        var (platform, clock) = Organization();
        Save(platform);
        platform.SettingsFault = new InvalidPluginExecutionException("Generic SQL error.");
        clock.Now = clock.Now.AddSeconds(60);
        Assert.Throws<InvalidPluginExecutionException>(() => Save(platform));
        return (platform, clock);
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Xrm.Sdk;
using MsiDynamics.Plugins.Steps;

namespace MsiDynamics.Plugins.Tests.Adapter;

/// <summary>
/// The one trace line each execution leaves in the plug-in trace log: what an admin reads to learn why a save
/// did or did not reach the queue, and how long the step took.
/// </summary>
public sealed class ChangeCaptureTraceTests
{
    private const string Lead = "lead 3f2504e0-4f89-11d3-9a0c-0305e82c3301: Upsert";
    private static readonly Guid LeadId = Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301");

    [Test]
    public void A_queued_change_is_traced_by_its_row_name() =>
        Assert.That(Said(Run(EmailUpdate())), Is.EqualTo(Lead + " queued"));

    [Test]
    public void A_change_that_does_not_matter_is_traced_as_nothing_to_queue()
    {
        var platform = EmailUpdate();
        platform.Context.InputParameters["Target"] = new Entity("lead", LeadId) { ["description"] = "notes" };

        Assert.That(Said(Run(platform)), Is.EqualTo("lead Update: nothing to queue"));
    }

    [Test]
    public void A_change_already_queued_by_an_earlier_pipeline_is_traced_with_the_depth()
    {
        var platform = EmailUpdate();
        platform.Context.Depth = 2;
        platform.Context.SharedVariables["msi.captured:lead:3f2504e0-4f89-11d3-9a0c-0305e82c3301:Upsert:75b66968"] = true;

        Assert.That(Said(Run(platform)), Is.EqualTo(Lead + " already queued in this operation (depth 2)"));
        Assert.That(platform.Created, Is.Empty);
    }

    [Test]
    public void A_long_error_is_clipped_to_300_characters_so_the_platform_keeps_the_line()
    {
        var platform = EmailUpdate();
        platform.CreateFault = new InvalidPluginExecutionException(new string('x', 1000));

        Assert.Throws<InvalidPluginExecutionException>(() => new LeadCapturePlugin().Execute(platform));

        var error = ("InvalidPluginExecutionException: " + new string('x', 1000)).Substring(0, 300);
        Assert.That(Said(platform), Is.EqualTo(Lead + " queue write failed: " + error));
    }

    [Test]
    public void A_trace_line_starts_with_the_correlation_id_and_ends_with_the_milliseconds_the_step_took()
    {
        var platform = EmailUpdate();
        var watch = Stopwatch.StartNew();

        new LeadCapturePlugin().Execute(platform);

        var measured = watch.Elapsed.TotalMilliseconds;
        var line = platform.Traces.Single();
        Assert.That(line, Does.StartWith(platform.Context.CorrelationId.ToString("D") + " msi capture: " + Lead));
        var traced = double.Parse(Regex.Match(line, @" (\d+\.\d\d) ms$").Groups[1].Value, CultureInfo.InvariantCulture);
        // The step's clock starts before it asks for its services and is read after it wrote the row.
        var (asked, written) = platform.Timestamps;
        var atLeast = (written - asked) * 1000.0 / Stopwatch.Frequency;
        Assert.That(traced, Is.InRange(atLeast - 0.005, measured + 0.005));
    }

    private static FakePlatform Run(FakePlatform platform)
    {
        new LeadCapturePlugin().Execute(platform);
        return platform;
    }

    /// <summary>The text of the last trace line, without the correlation id before it and the time after it.</summary>
    private static string Said(FakePlatform platform) =>
        Regex.Match(platform.Traces.Last(), @"^[0-9a-f-]{36} msi capture: (.*) \d+\.\d\d ms$").Groups[1].Value;

    private static FakePlatform EmailUpdate()
    {
        var platform = new FakePlatform(new FakeExecutionContext());
        platform.Context.InputParameters["Target"] = new Entity("lead", LeadId) { ["emailaddress1"] = "new@example.com" };
        platform.Context.PreEntityImages["PreImage"] = new Entity("lead", LeadId) { ["emailaddress1"] = "old@example.com" };
        return platform;
    }
}

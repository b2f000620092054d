using MsiDynamics.CompanionService.WriteBack;

namespace MsiDynamics.CompanionService.Tests.WriteBack;

/// <summary>The <c>WriteBack</c> settings a Dynamics admin may get wrong, each refused with the setting named.</summary>
public sealed class WriteBackOptionsValidatorTests
{
    [Test]
    public void The_defaults_are_valid_and_write_the_msi_columns()
    {
        var options = new WriteBackOptions();

        Assert.Multiple(() =>
        {
            Assert.That(new WriteBackOptionsValidator().Validate(null, options).Succeeded, Is.True);
            Assert.That(options.Columns.Targets.Select(t => t.Column), Is.All.StartsWith("msi_"));
            Assert.That(options.Columns.Targets, Has.Count.EqualTo(7));
        });
    }

    [Test]
    public void The_mkt_columns_of_Marketos_own_solution_are_accepted()
    {
        var columns = new WriteBackColumns
        {
            LastInterestingMomentType = "mkt_lastinterestingmomenttype", LastInterestingMomentDate = "mkt_lastinterestingmomentdate",
            LastInterestingMomentDesc = "mkt_lastinterestingmomentdesc", LastInterestingMomentSource = "mkt_leadinterestingmomentsource",
            Priority = "mkt_priority", RelativeUrgency = "mkt_urgency", RelativeScore = "mkt_relativescore",
        };

        Assert.That(new WriteBackOptionsValidator().Validate(null, new WriteBackOptions { Columns = columns }).Succeeded, Is.True);
    }

    [TestCase("emailaddress1", "sent to Marketo again")]
    [TestCase("msi_marketoleadid", "sent to Marketo again")]
    [TestCase("Not A Column", "logical name")]
    [TestCase("msi_relativescore", "its own column")]
    public void A_target_column_the_sync_reads_or_that_is_no_column_is_refused(string column, string why)
    {
        var options = new WriteBackOptions { Columns = new WriteBackColumns { Priority = column } };

        var result = new WriteBackOptionsValidator().Validate(null, options);

        Assert.That(result.Failures, Has.Some.Contains("WriteBack:Columns").And.Some.Contains(why));
    }

    [Test]
    public void Durations_and_page_sizes_out_of_range_are_refused_by_name()
    {
        var options = new WriteBackOptions { Interval = TimeSpan.Zero, ReconcileTimeOfDay = TimeSpan.FromHours(25), ReconcilePageSize = 6_000 };

        var failures = new WriteBackOptionsValidator().Validate(null, options).Failures;

        Assert.That(failures, Has.Some.Contains("WriteBack:Interval").And.Some.Contains("WriteBack:ReconcileTimeOfDay")
            .And.Some.Contains("WriteBack:ReconcilePageSize"));
    }
}

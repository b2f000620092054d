using MsiDynamics.CompanionService.Sync.Drain;

namespace MsiDynamics.CompanionService.Tests.Sync.Drain;

public sealed class DrainOptionsValidatorTests
{
    [Test]
    public void The_defaults_delete_opportunities_and_roles_and_keep_persons_and_their_companies()
    {
        var options = new DrainOptions();

        Assert.Multiple(() =>
        {
            Assert.That(new DrainOptionsValidator().Validate(null, options).Succeeded, Is.True);
            Assert.That(new[] { "opportunity", "connection" }.Select(options.DeletesOf), Is.All.EqualTo(DeletePolicy.Delete));
            Assert.That(new[] { "lead", "contact", "account" }.Select(options.DeletesOf), Is.All.EqualTo(DeletePolicy.Keep));
        });
    }

    [TestCase(-0.1)]
    [TestCase(1.0)]
    [TestCase(double.NaN)]
    public void A_reserve_that_is_no_share_of_the_quota_is_refused_naming_the_setting(double reserve)
    {
        var result = new DrainOptionsValidator().Validate(null, new DrainOptions { BackfillQuotaReserve = reserve });

        Assert.That(result.FailureMessage, Does.Contain("Drain:BackfillQuotaReserve"));
    }

    [Test]
    public void A_delete_policy_for_a_table_whose_deletes_are_not_synced_is_refused_naming_it()
    {
        var options = new DrainOptions();
        options.Deletes["systemuser"] = DeletePolicy.Delete;

        Assert.That(new DrainOptionsValidator().Validate(null, options).FailureMessage, Does.Contain("Drain:Deletes:systemuser"));
    }

    [TestCase(0)]
    [TestCase(5001)]
    public void A_cycle_size_outside_one_page_is_refused_naming_the_setting(int rows) =>
        Assert.That(new DrainOptionsValidator().Validate(null, new DrainOptions { RowsPerCycle = rows }).FailureMessage, Does.Contain("Drain:RowsPerCycle"));
}

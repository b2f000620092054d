using MsiDynamics.CompanionService.Operations.Verify;

namespace MsiDynamics.CompanionService.Tests.Operations.Verify;

/// <summary>The tables a scope names are read in the sync order, whatever order and case they were typed in.</summary>
public sealed class VerifyScopeOfTests
{
    [Test]
    public void Tables_are_put_in_the_sync_order_and_read_once()
    {
        var scope = VerifyScope.Of(10, ["Connection", "account", " lead ", "account"]);

        Assert.That(scope.Tables, Is.EqualTo(new[] { "account", "lead", "connection" }));
        Assert.That(scope.Sample, Is.EqualTo(10));
    }

    [Test]
    public void No_table_named_means_all_six()
    {
        var scope = VerifyScope.Of(null, []);

        Assert.That(scope.Tables, Is.EqualTo(new[] { "systemuser", "account", "lead", "contact", "opportunity", "connection" }));
        Assert.That(scope.ToString(), Does.StartWith("every row of systemuser"));
    }
}

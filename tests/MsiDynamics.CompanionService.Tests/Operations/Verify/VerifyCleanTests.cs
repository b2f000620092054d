using MsiDynamics.CompanionService.Service.Commands;
using R = MsiDynamics.CompanionService.Tests.Operations.Verify.VerifyJsonReading;

namespace MsiDynamics.CompanionService.Tests.Operations.Verify;

/// <summary><c>verify</c> on an org the drain has just pushed: nothing to report, every object type checked.</summary>
public sealed class VerifyCleanTests
{
    [Test]
    public async Task A_drained_org_verifies_clean_and_exits_0()
    {
        await using var rig = await VerifyRig.StartAsync();

        var (code, output, error) = await rig.VerifyAsync("--all");

        Assert.That((code, error), Is.EqualTo((VerifyCommand.Clean, string.Empty)), output);
        Assert.That(output, Does.Contain("Clean").And.Contain("Sales persons").And.Contain("Opportunity roles"));
    }

    [Test]
    public async Task Every_object_type_of_a_drained_org_is_checked_and_found()
    {
        await using var rig = await VerifyRig.StartAsync();

        var (code, json) = await rig.VerifyJsonAsync("--all");

        Assert.That(code, Is.EqualTo(VerifyCommand.Clean));
        Assert.That(R.Types(json), Is.EqualTo(new[] { "salesPersons", "companies", "leads", "opportunities", "opportunityRoles" }));
        // The small org: one user with an address, one account, a lead and a contact, one opportunity, one stakeholder role.
        Assert.That(R.Counts(json, "salesPersons"), Is.EqualTo((1, 0, 0)));
        Assert.That(R.Counts(json, "companies"), Is.EqualTo((1, 0, 0)));
        Assert.That(R.Counts(json, "leads"), Is.EqualTo((2, 0, 0)));
        Assert.That(R.Counts(json, "opportunities"), Is.EqualTo((1, 0, 0)));
        Assert.That(R.Counts(json, "opportunityRoles"), Is.EqualTo((1, 0, 0)));
        Assert.That(json.GetProperty("clean").GetBoolean(), Is.True);
        Assert.That(json.GetProperty("marketoCalls").GetInt64(), Is.GreaterThan(0));
    }
}

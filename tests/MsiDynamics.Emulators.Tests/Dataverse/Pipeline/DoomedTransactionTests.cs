using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.Pipeline;
using MsiDynamics.Emulators.Tests.Dataverse.Pipeline.TestPlugins;

namespace MsiDynamics.Emulators.Tests.Dataverse.Pipeline;

/// <summary>
/// A failed request inside the transaction dooms the whole operation, even when a plug-in catches it
/// (dataverse.md §0.9): later requests fail with "There is no active transaction" and the user's save rolls back.
/// </summary>
public sealed class DoomedTransactionTests
{
    [Test]
    public void A_plugin_that_catches_a_failed_call_and_calls_again_gets_no_active_transaction_and_the_save_rolls_back()
    {
        var test = TestOrganization.With(typeof(DoomPlugins.CatchesThenCallsAgain), typeof(DoomPlugins.SeesTask));

        var error = Assert.Throws<PlatformFaultException>(() => test.Service.Create(new Entity("contact") { ["lastname"] = "Lost" }))!;

        Assert.That(error.Fault, Is.EqualTo(PlatformFault.NoActiveTransaction));
        Assert.That(error.Message, Is.EqualTo(
            "There is no active transaction. This error is usually caused by custom plug-ins that ignore errors from service "
            + "calls and continue processing."));
        Assert.That(test.Seen("SeesTask"), Is.Empty, "the second call never ran");
        Assert.That((test.Org.Rows("contact").Count, test.Org.Rows("task").Count), Is.EqualTo((0, 0)));
    }

    [Test]
    public void A_plugin_that_catches_a_failed_call_and_returns_still_fails_the_save_and_it_rolls_back()
    {
        var test = TestOrganization.With(typeof(DoomPlugins.CatchesThenReturns));

        var error = Assert.Throws<PlatformFaultException>(() => test.Service.Create(new Entity("contact") { ["lastname"] = "Lost" }))!;

        Assert.That(error.Fault, Is.EqualTo(PlatformFault.TransactionCountReduced));
        Assert.That(error.Message, Does.StartWith(
            "ISV code reduced the open transaction count. Custom plug-ins should not catch exceptions from OrganizationService "
            + "calls and continue processing."));
        Assert.That(test.Org.Rows("contact"), Is.Empty);
    }

    [Test]
    public void A_doomed_operation_leaves_the_next_operation_unharmed()
    {
        var test = TestOrganization.With(typeof(DoomPlugins.CatchesThenReturns));
        Assert.Throws<PlatformFaultException>(() => test.Service.Create(new Entity("contact") { ["lastname"] = "Lost" }));

        var account = test.Service.Create(new Entity("account") { ["name"] = "Contoso" });

        Assert.That(test.Row("account", account)["name"], Is.EqualTo("Contoso"));
    }

    [Test]
    public void Work_that_catches_a_failed_request_in_a_transaction_cannot_commit_it()
    {
        var test = TestOrganization.With();
        var kept = test.Seed("account", ("name", "Contoso"));

        var commit = () => test.Org.RunInTransaction(() =>
        {
            test.Service.Update(new Entity("account", kept) { ["name"] = "Contoso Ltd" });
            Assert.Throws<PlatformFaultException>(() => test.Service.Delete("account", Guid.NewGuid()));
            return true;
        });

        Assert.That(commit, Throws.TypeOf<PlatformFaultException>().With.Property("Fault").EqualTo(PlatformFault.NoActiveTransaction));
        Assert.That(test.Row("account", kept)["name"], Is.EqualTo("Contoso"), "the whole transaction rolled back");
    }
}

using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Tests.Dataverse.Pipeline.TestPlugins;

namespace MsiDynamics.Emulators.Tests.Dataverse.Pipeline;

public sealed class TransactionTests
{
    [Test]
    public void A_failing_post_operation_step_rolls_back_the_row_and_the_rows_plugins_wrote()
    {
        var test = TestOrganization.With(typeof(FailingPlugins.QueuesInPreOperation), typeof(FailingPlugins.ThrowsUserError));

        var error = Assert.Throws<InvalidPluginExecutionException>(
            () => test.Service.Create(new Entity("opportunity") { ["name"] = "Big deal" }));

        Assert.That(error!.Message, Is.EqualTo("The opportunity cannot be saved."));
        Assert.That(test.Org.Rows("opportunity"), Is.Empty);
        Assert.That(test.Org.Rows("msi_syncqueueitem"), Is.Empty);
        Assert.That(test.Seen("QueuesInPreOperation"), Has.Count.EqualTo(1), "the queue row was written, then rolled back");
    }

    [Test]
    public void An_exception_that_is_not_a_plugin_error_reaches_the_caller_unwrapped()
    {
        var test = TestOrganization.With(typeof(FailingPlugins.ThrowsBug));

        Assert.Throws<InvalidOperationException>(() => test.Service.Create(new Entity("opportunity") { ["name"] = "Big deal" }));
        Assert.That(test.Org.Rows("opportunity"), Is.Empty);
    }

    [Test]
    public void A_rolled_back_request_runs_none_of_its_asynchronous_steps()
    {
        // The asynchronous step (rank 1) is queued before the synchronous one (rank 2) throws.
        var test = TestOrganization.With(typeof(FailingPlugins.RunsAfterCommit), typeof(FailingPlugins.ThrowsBug));

        Assert.Throws<InvalidOperationException>(() => test.Service.Create(new Entity("opportunity") { ["name"] = "Big deal" }));

        Assert.That(test.Seen("RunsAfterCommit"), Is.Empty);
        Assert.That(test.Seen("ThrowsBug"), Has.Count.EqualTo(1));
    }

    [Test]
    public void An_injected_fault_fails_the_main_operation_and_rolls_back_what_the_steps_wrote_before_it()
    {
        var test = TestOrganization.With(typeof(FailingPlugins.QueuesInPreOperation), typeof(FailingPlugins.RunsAfterCommit));
        var outage = new TimeoutException("SQL timeout");
        test.Org.InjectFault("Create", "opportunity", outage);

        var thrown = Assert.Throws<TimeoutException>(() => test.Service.Create(new Entity("opportunity") { ["name"] = "Big deal" }));

        Assert.That(thrown, Is.SameAs(outage));
        Assert.That(test.Org.Rows("opportunity"), Is.Empty);
        Assert.That(test.Org.Rows("msi_syncqueueitem"), Is.Empty);
    }

    [Test]
    public void An_injected_fault_leaves_other_messages_and_tables_alone()
    {
        var test = TestOrganization.With();
        test.Org.InjectFault("Create", "opportunity", new TimeoutException("SQL timeout"));

        var account = test.Service.Create(new Entity("account") { ["name"] = "Contoso" });
        test.Service.Update(new Entity("account", account) { ["name"] = "Contoso Ltd" });

        Assert.That(test.Row("account", account)["name"], Is.EqualTo("Contoso Ltd"));
    }

    [Test]
    public void Rows_written_before_a_failed_request_survive_it()
    {
        var test = TestOrganization.With(typeof(FailingPlugins.ThrowsUserError));
        var kept = test.Service.Create(new Entity("account") { ["name"] = "Contoso" });

        Assert.Throws<InvalidPluginExecutionException>(() => test.Service.Create(new Entity("opportunity") { ["name"] = "Big deal" }));

        Assert.That(test.Org.Rows("account").Select(r => r.Id), Is.EqualTo(new[] { kept }));
    }

    [Test]
    public void Concurrent_callers_are_served_one_at_a_time_without_losing_a_row()
    {
        var test = TestOrganization.With(typeof(ChainPlugins.WritesChildren));

        Parallel.For(0, 50, i => test.Service.Create(new Entity("account") { ["name"] = $"Account {i}" }));

        Assert.That(test.Org.Rows("account"), Has.Count.EqualTo(50));
        Assert.That(test.Org.Rows("msi_syncqueueitem"), Has.Count.EqualTo(50));
        var versions = test.Org.Rows("account").Select(r => r.GetAttributeValue<long>("versionnumber")).ToList();
        Assert.That(versions, Is.Unique);
    }
}

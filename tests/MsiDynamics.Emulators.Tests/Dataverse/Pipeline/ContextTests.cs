using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Tests.Dataverse.Pipeline.TestPlugins;

namespace MsiDynamics.Emulators.Tests.Dataverse.Pipeline;

public sealed class ContextTests
{
    private static readonly Type[] ChainSteps =
        [typeof(ChainPlugins.WritesChildren), typeof(ChainPlugins.SeesQueueRow), typeof(ChainPlugins.SeesTask)];

    [Test]
    public void A_request_a_plugin_issues_runs_one_level_deeper_with_the_plugin_context_as_its_parent()
    {
        var test = TestOrganization.With(ChainSteps);

        test.Service.Create(new Entity("account") { ["name"] = "Contoso" });

        var writer = test.Seen("WritesChildren").Single();
        var child = test.Seen("SeesQueueRow").Single();
        Assert.Multiple(() =>
        {
            Assert.That((writer.Depth, writer.Parent), Is.EqualTo((1, (IPluginExecutionContext?)null)));
            Assert.That(child.Depth, Is.EqualTo(2));
            Assert.That((child.Parent!.MessageName, child.Parent.PrimaryEntityName, child.Parent.Stage), Is.EqualTo(("Create", "account", 40)));
            Assert.That(child.CorrelationId, Is.EqualTo(writer.CorrelationId), "one correlation id for the whole chain");
        });
    }

    [Test]
    public void The_system_service_runs_as_SYSTEM_while_the_initiating_user_stays_the_caller()
    {
        var test = TestOrganization.With(ChainSteps);

        test.Service.Create(new Entity("account") { ["name"] = "Contoso" });

        var asSystem = test.Seen("SeesQueueRow").Single();
        var asCaller = test.Seen("SeesTask").Single();
        Assert.Multiple(() =>
        {
            Assert.That((asSystem.UserId, asSystem.InitiatingUserId), Is.EqualTo((test.Org.SystemUserId, test.CallerId)));
            Assert.That((asCaller.UserId, asCaller.InitiatingUserId), Is.EqualTo((test.CallerId, test.CallerId)));
            var queueRow = test.Org.Rows("msi_syncqueueitem").Single();
            Assert.That(queueRow.GetAttributeValue<EntityReference>("createdby")!.Id, Is.EqualTo(test.Org.SystemUserId));
            Assert.That(queueRow.GetAttributeValue<EntityReference>("createdby")!.Name, Is.EqualTo("SYSTEM"));
            Assert.That(queueRow.Contains("ownerid"), Is.False, "msi_syncqueueitem is organisation-owned");
            Assert.That(test.Org.Rows("task").Single().GetAttributeValue<EntityReference>("ownerid")!.Id, Is.EqualTo(test.CallerId));
        });
    }

    [Test]
    public void Shared_variables_set_in_earlier_stages_are_seen_in_post_operation()
    {
        var test = TestOrganization.With(
            typeof(SharingPlugins.SharesInPreValidation), typeof(SharingPlugins.SharesInPreOperation), typeof(SharingPlugins.ReadsInPostOperation));

        test.Service.Create(new Entity("lead") { ["lastname"] = "Lovelace" });

        var shared = test.Seen("ReadsInPostOperation").Single().SharedVariables;
        Assert.That(shared, Is.EquivalentTo(new Dictionary<string, object?> { ["from-prevalidation"] = 10, ["from-preoperation"] = "hello" }));
    }

    [Test]
    public void Shared_variables_do_not_leak_from_one_request_to_the_next()
    {
        var test = TestOrganization.With(typeof(SharingPlugins.SharesInPreValidation), typeof(SharingPlugins.SharesInPreOperation));

        test.Service.Create(new Entity("lead") { ["lastname"] = "Lovelace" });
        test.Service.Create(new Entity("lead") { ["lastname"] = "Byron" });

        Assert.That(test.Seen("SharesInPreValidation")[1].SharedVariables, Is.Empty);
    }

    [Test]
    public void A_child_request_reads_its_parents_shared_variables_and_its_writes_there_stay_in_the_child()
    {
        var test = TestOrganization.With(
            typeof(SharingPlugins.ParentSharesThenCreatesTask), typeof(SharingPlugins.ChildWritesToParent), typeof(SharingPlugins.ParentReadsAfterChild));

        test.Service.Create(new Entity("account") { ["name"] = "Contoso" });

        var childSawInParent = test.Seen("ChildWritesToParent").Single().Parent!.SharedVariables;
        Assert.That(childSawInParent["from-parent"], Is.EqualTo("account"), "reads see the parent's values");
        var parentLater = test.Seen("ParentReadsAfterChild").Single().SharedVariables;
        Assert.That(parentLater.Keys, Is.EquivalentTo(new[] { "from-parent" }), "the child's write stayed in the child");
    }

    [Test]
    public void The_id_of_a_created_row_is_an_output_parameter_in_post_operation_only()
    {
        var test = TestOrganization.With(typeof(OrderPlugins.PreOperationFirst), typeof(OrderPlugins.PostOperation));

        var id = test.Service.Create(new Entity("account") { ["name"] = "Contoso" });

        Assert.That(test.Seen("PreOperationFirst").Single().OutputParameters, Is.Empty);
        Assert.That(test.Seen("PostOperation").Single().OutputParameters["id"], Is.EqualTo(id));
    }

    [Test]
    public void The_operation_time_comes_from_the_organisation_clock_in_UTC()
    {
        var test = TestOrganization.With(typeof(OrderPlugins.PostOperation));
        test.Time.Advance(TimeSpan.FromMinutes(5));

        var id = test.Service.Create(new Entity("account") { ["name"] = "Contoso" });

        var expected = TestOrganization.Now.AddMinutes(5).UtcDateTime;
        var created = test.Seen("PostOperation").Single().OperationCreatedOn;
        Assert.That((created, created.Kind), Is.EqualTo((expected, DateTimeKind.Utc)));
        Assert.That(test.Row("account", id)["createdon"], Is.EqualTo(expected));
    }

    [Test]
    public void The_context_names_the_organisation_the_plugin_runs_in()
    {
        var test = TestOrganization.With(typeof(OrderPlugins.PostOperation));

        test.Service.Create(new Entity("account") { ["name"] = "Contoso" });

        Assert.That(test.Seen("PostOperation").Single().OrganizationId, Is.EqualTo(test.Org.OrganizationId));
    }
}

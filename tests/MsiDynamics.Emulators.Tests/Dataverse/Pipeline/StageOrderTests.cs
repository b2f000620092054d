using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Tests.Dataverse.Pipeline.TestPlugins;

namespace MsiDynamics.Emulators.Tests.Dataverse.Pipeline;

public sealed class StageOrderTests
{
    private static readonly Type[] OrderSteps =
    [
        typeof(OrderPlugins.PostAsync), typeof(OrderPlugins.PostOperation), typeof(OrderPlugins.PreOperationSecond),
        typeof(OrderPlugins.PreOperationFirst), typeof(OrderPlugins.PreValidation),
    ];

    [Test]
    public void Steps_run_by_stage_then_rank_and_asynchronous_steps_run_last()
    {
        var test = TestOrganization.With(OrderSteps);

        test.Service.Create(new Entity("account") { ["name"] = "Contoso" });

        Assert.That(test.Org.Traces, Is.EqualTo(new[]
        {
            "PreValidation", "PreOperationFirst", "PreOperationSecond", "PostOperation", "PostAsync",
        }));
    }

    [Test]
    public void Each_stage_sees_its_stage_number_and_whether_it_is_in_the_transaction()
    {
        var test = TestOrganization.With(OrderSteps);

        test.Service.Create(new Entity("account") { ["name"] = "Contoso" });

        var seen = test.Seen().Select(s => (s.Plugin, s.Stage, s.Mode, s.IsInTransaction));
        Assert.That(seen, Is.EqualTo(new[]
        {
            ("PreValidation", 10, 0, false),
            ("PreOperationFirst", 20, 0, true),
            ("PreOperationSecond", 20, 0, true),
            ("PostOperation", 40, 0, true),
            ("PostAsync", 40, 1, false),
        }));
    }

    [Test]
    public void Only_the_post_operation_and_later_stages_know_the_id_of_a_created_row()
    {
        var test = TestOrganization.With(OrderSteps);

        var id = test.Service.Create(new Entity("account") { ["name"] = "Contoso" });

        var ids = test.Seen().Select(s => (s.Plugin, s.PrimaryEntityId));
        Assert.That(ids, Is.EqualTo(new[]
        {
            ("PreValidation", Guid.Empty), ("PreOperationFirst", Guid.Empty), ("PreOperationSecond", Guid.Empty),
            ("PostOperation", id), ("PostAsync", id),
        }));
    }

    [TestCase(new[] { "name" }, true)]
    [TestCase(new[] { "telephone1", "websiteurl" }, true)]
    [TestCase(new[] { "websiteurl" }, false)]
    [TestCase(new[] { "msi_priority", "description" }, false)]
    public void An_update_step_with_filtering_attributes_runs_only_when_one_of_them_is_in_the_target(string[] columns, bool runs)
    {
        var test = TestOrganization.With(typeof(FilterPlugins.Filtered), typeof(FilterPlugins.Unfiltered));
        var id = test.Seed("account", ("name", "Contoso"));
        var update = new Entity("account", id);
        foreach (var column in columns)
        {
            update[column] = "changed";
        }

        test.Service.Update(update);

        Assert.That(test.Seen("Filtered"), runs ? Has.Count.EqualTo(1) : Is.Empty);
        Assert.That(test.Seen("Unfiltered"), Has.Count.EqualTo(1), "a step without filtering attributes runs for every update");
    }
}

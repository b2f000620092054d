using System.Reflection;
using MsiDynamics.Plugins.Steps;
using MsiDynamics.Schema;

namespace MsiDynamics.Plugins.Tests.Steps;

/// <summary>The steps as declared on the plug-in classes, checked against architecture.md §5 and the legal combinations.</summary>
public sealed class RegistrationTests
{
    private static readonly (Type Plugin, CrmPluginRegistrationAttribute Step)[] Steps =
        typeof(CapturePlugin).Assembly.GetTypes()
            .SelectMany(type => type.GetCustomAttributes<CrmPluginRegistrationAttribute>().Select(step => (type, step)))
            .ToArray();

    [TestCase("systemuser", "Create,Update")]
    [TestCase("account", "Create,Update,Delete,Assign,SetStateDynamicEntity,Merge")]
    [TestCase("lead", "Create,Update,Delete,Assign,SetStateDynamicEntity,Merge")]
    [TestCase("contact", "Create,Update,Delete,Assign,SetStateDynamicEntity,Merge")]
    [TestCase("opportunity", "Create,Update,Delete,Assign,SetStateDynamicEntity,Win,Lose")]
    [TestCase("connection", "Create,Update,Delete")]
    [TestCase("connectionrole", "Update")]
    public void Each_table_has_exactly_the_steps_of_the_design(string entity, string messages) =>
        Assert.That(
            Steps.Where(s => s.Step.EntityLogicalName == entity).Select(s => s.Step.Message),
            Is.EquivalentTo(messages.Split(',')));

    [Test]
    public void Every_update_step_filters_on_the_synced_columns_of_its_table_and_no_other_step_filters()
    {
        foreach (var (_, step) in Steps)
        {
            var expected = step.Message == "Update" ? string.Join(",", SyncedColumns.For(step.EntityLogicalName)) : "";
            Assert.That(step.FilteringAttributes, Is.EqualTo(expected), step.Name);
        }
    }

    [TestCase("account", "Update", "PreImage", SyncedColumns.Account)]
    [TestCase("lead", "Update", "PreImage", SyncedColumns.Lead)]
    [TestCase("contact", "Update", "PreImage", SyncedColumns.Contact)]
    [TestCase("opportunity", "Update", "PreImage", SyncedColumns.Opportunity)]
    [TestCase("lead", "Delete", "PreImage", "msi_marketoleadid,emailaddress1")]
    [TestCase("contact", "Delete", "PreImage", "msi_marketoleadid,emailaddress1")]
    [TestCase("account", "Delete", "PreImage", "name")]
    [TestCase("opportunity", "Delete", "PreImage", "name")]
    [TestCase("connection", "Create", "PostImage", CapturePlugin.ConnectionImageColumns)]
    [TestCase("connection", "Update", "PreImage,PostImage", CapturePlugin.ConnectionImageColumns)]
    [TestCase("connection", "Delete", "PreImage", CapturePlugin.ConnectionImageColumns)]
    [TestCase("connectionrole", "Update", "PreImage", "name,category")]
    public void A_step_that_needs_images_registers_them_with_the_columns_the_engine_reads(
        string entity, string message, string images, string columns)
    {
        var step = Steps.Single(s => s.Step.EntityLogicalName == entity && s.Step.Message == message).Step;

        var registered = Images(step).ToArray();

        Assert.That(registered.Select(i => i.Name), Is.EqualTo(images.Split(',')));
        Assert.That(registered.Select(i => i.Type.ToString()), Is.EqualTo(images.Split(',')), "alias and type agree");
        Assert.That(registered.Select(i => i.Attributes), Is.All.EqualTo(columns));
    }

    [Test]
    public void Images_appear_only_where_the_platform_allows_them()
    {
        foreach (var (_, step) in Steps)
        {
            foreach (var image in Images(step))
            {
                Assert.That(step.Message is "Create" && image.Type == ImageTypeEnum.PreImage, Is.False, "no PreImage on Create: " + step.Name);
                Assert.That(step.Message is "Delete" && image.Type == ImageTypeEnum.PostImage, Is.False, "no PostImage on Delete: " + step.Name);
                Assert.That(image.Type != ImageTypeEnum.PreImage && step.Stage != StageEnum.PostOperation, Is.False, step.Name);
                Assert.That(step.Message, Is.AnyOf("Create", "Update", "Delete", "Assign", "SetStateDynamicEntity", "Merge"));
            }

            Assert.That(step.Image1Name is null, Is.EqualTo(step.Image1Attributes is null), "image attributes never null: " + step.Name);
            Assert.That(step.Image2Name is null, Is.EqualTo(step.Image2Attributes is null), "image attributes never null: " + step.Name);
        }
    }

    [Test]
    public void Every_step_is_a_synchronous_sandboxed_post_operation_step_with_a_fixed_unique_id()
    {
        foreach (var (plugin, step) in Steps)
        {
            Assert.That(step.Stage, Is.EqualTo(StageEnum.PostOperation), step.Name);
            Assert.That(step.ExecutionMode, Is.EqualTo(ExecutionModeEnum.Synchronous), step.Name);
            Assert.That(step.IsolationMode, Is.EqualTo(IsolationModeEnum.Sandbox), step.Name);
            Assert.That(step.FilteringAttributes, Is.Not.Null, step.Name);
            Assert.That(Guid.TryParseExact(step.Id, "D", out var id) && id != Guid.Empty, Is.True, "fixed id: " + step.Name);
            Assert.That(plugin.IsPublic && plugin.IsSealed && typeof(CapturePlugin).IsAssignableFrom(plugin), Is.True, plugin.Name);
        }

        Assert.That(Steps.Select(s => s.Step.Id!.ToLowerInvariant()), Is.Unique);
        Assert.That(Steps.Select(s => s.Step.Name), Is.Unique);
        Assert.That(Steps, Has.Length.EqualTo(31));
    }

    [Test]
    public void Plug_in_classes_hold_no_state_because_the_platform_shares_their_instances()
    {
        var fields = Steps.Select(s => s.Plugin).Distinct().Append(typeof(CapturePlugin))
            .SelectMany(type => type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly));

        Assert.That(fields, Is.Empty);
    }

    private static IEnumerable<(string? Name, ImageTypeEnum Type, string? Attributes)> Images(CrmPluginRegistrationAttribute step)
    {
        if (step.Image1Name is not null)
        {
            yield return (step.Image1Name, step.Image1Type, step.Image1Attributes);
        }

        if (step.Image2Name is not null)
        {
            yield return (step.Image2Name, step.Image2Type, step.Image2Attributes);
        }
    }
}

using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace MsiDynamics.XrmSdk.Tests.Conformance;

/// <summary>
/// The member comparison names the member and the part that differs for each way a subset can break binding:
/// stand-in types carry one planted difference each and are compared with the real type's recorded surface.
/// </summary>
public class MemberComparisonTests
{
    private static IReadOnlyList<string> Differences(string realType, Type standIn) =>
        new ShapeComparer(SurfaceData.Instance).MemberDifferences(SurfaceData.Instance.Find(realType)!, SubsetReader.Read(standIn));

    [Test]
    public void An_overload_the_real_SDK_lacks_is_reported_with_the_overloads_it_has()
    {
        var differences = Differences("Microsoft.Xrm.Sdk.Query.ColumnSet", typeof(ColumnSetWithAnExtraOverload));

        Assert.That(differences, Is.EqualTo(new[]
        {
            "MsiDynamics.XrmSdk.Tests.Conformance.MemberComparisonTests+ColumnSetWithAnExtraOverload.AddColumn(string, bool): "
            + "the real SDK has no such overload; it declares AddColumn(string)",
        }));
    }

    [Test]
    public void A_parameter_of_another_type_is_reported_with_its_position_and_both_types()
    {
        var differences = Differences("Microsoft.Xrm.Sdk.IOrganizationService", typeof(IServiceTakingAnObjectId));

        Assert.That(differences, Has.One.EndsWith(
            ".Delete(string, object): the real SDK has no such overload; against its Delete(string, Guid): parameter 2 (id) is 'object' where the real SDK's is 'Guid'"));
    }

    [Test]
    public void A_params_array_declared_as_a_plain_array_is_reported()
    {
        var differences = Differences("Microsoft.Xrm.Sdk.ITracingService", typeof(ITracingWithoutParams));

        Assert.That(differences, Has.One.Contains("parameter 2 (args) is 'object[]' where the real SDK's is 'params object[]'"));
    }

    [Test]
    public void A_return_type_that_differs_is_reported()
    {
        var differences = Differences("Microsoft.Xrm.Sdk.IOrganizationService", typeof(IServiceTakingAnObjectId));

        Assert.That(differences, Has.One.EndsWith(".Create(Entity): returns 'object' where the real SDK's returns 'Guid'"));
    }

    [Test]
    public void A_static_member_the_real_SDK_declares_on_instances_is_reported()
    {
        var differences = Differences("Microsoft.Xrm.Sdk.Entity", typeof(EntityWithWrongShapes));

        Assert.That(differences, Has.One.EndsWith(".ToEntityReference(): static where the real SDK's is an instance member"));
    }

    [Test]
    public void Virtual_members_made_plain_and_plain_members_made_virtual_are_reported()
    {
        var differences = Differences("Microsoft.Xrm.Sdk.Entity", typeof(EntityWithWrongShapes));

        Assert.Multiple(() =>
        {
            Assert.That(differences, Has.One.EndsWith(".Id: not virtual where the real SDK's is virtual"));
            Assert.That(differences, Has.One.EndsWith(".Contains(string): virtual where the real SDK's is not virtual"));
            Assert.That(differences, Has.One.EndsWith(".SetAttributeValue(string, object): public where the real SDK's is protected"));
        });
    }

    [Test]
    public void A_setter_the_real_SDK_lacks_is_reported()
    {
        var differences = Differences("Microsoft.Xrm.Sdk.AliasedValue", typeof(AliasedValueWithASetter));

        Assert.That(differences, Has.One.EndsWith(".Value: has the accessor 'set', which the real SDK's lacks"));
    }

    [Test]
    public void A_member_redeclared_on_a_subclass_is_reported_with_the_type_the_real_SDK_declares_it_on()
    {
        var differences = Differences("Microsoft.Xrm.Sdk.ParameterCollection", typeof(ParametersRedeclaringContains));

        Assert.That(differences, Has.One.EndsWith(
            ".Contains(string): the real SDK declares it on Microsoft.Xrm.Sdk.DataCollection`2, not on this type; a plug-in compiled against the real SDK references it there"));
    }

    [Test]
    public void A_member_the_real_type_does_not_have_at_all_is_reported()
    {
        var differences = Differences("Microsoft.Xrm.Sdk.AliasedValue", typeof(AliasedValueWithASetter));

        Assert.That(differences, Has.One.EndsWith(".Foo(): the real SDK declares no method named Foo on this type"));
    }

    private sealed class ColumnSetWithAnExtraOverload
    {
        public void AddColumn(string column) => _ = column;

        public void AddColumn(string column, bool unique) => _ = (column, unique);
    }

    private interface IServiceTakingAnObjectId
    {
        object Create(Entity entity);

        void Delete(string entityName, object id);
    }

    private interface ITracingWithoutParams
    {
        void Trace(string format, object[] args);
    }

    private class EntityWithWrongShapes
    {
        public Guid Id { get; set; }

        public static EntityReference ToEntityReference() => new();

        public virtual bool Contains(string attributeName) => attributeName.Length > 0;

        public virtual void SetAttributeValue(string attributeLogicalName, object value) => _ = (attributeLogicalName, value);
    }

    private sealed class AliasedValueWithASetter
    {
        public object? Value { get; set; }

        public void Foo()
        {
        }
    }

    private sealed class ParametersRedeclaringContains : DataCollection<string, object>
    {
        public new bool Contains(string key) => ContainsKey(key);
    }
}

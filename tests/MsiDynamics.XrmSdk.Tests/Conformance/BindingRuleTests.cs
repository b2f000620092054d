using System.Reflection;
using Microsoft.Xrm.Sdk;

namespace MsiDynamics.XrmSdk.Tests.Conformance;

/// <summary>
/// The binding rules dataverse.md §0.1 singles out, each on the members it names. The signature comparison
/// covers them too; these keep the named cases visible (a lookup re-declared on a subclass makes a plug-in call a
/// member the real SDK does not have: MissingMethodException in Dataverse).
/// </summary>
public class BindingRuleTests
{
    [TestCase("Contains", typeof(string))]
    [TestCase("TryGetValue", typeof(string))]
    public void Collection_lookups_are_declared_on_DataCollection_only(string name, Type keyType)
    {
        Assert.Multiple(() =>
        {
            var onBase = typeof(DataCollection<,>).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => m.Name == name && m.GetParameters()[0].ParameterType == typeof(DataCollection<,>).GetGenericArguments()[0]);
            Assert.That(onBase, Is.Not.Empty, $"{name}(TKey…) on DataCollection<TKey,TValue>");
            foreach (var subclass in new[] { typeof(AttributeCollection), typeof(ParameterCollection), typeof(EntityImageCollection) })
            {
                var redeclared = subclass.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                    .Where(m => m.Name == name && !m.IsGenericMethodDefinition && m.GetParameters()[0].ParameterType == keyType);
                Assert.That(redeclared, Is.Empty, $"{subclass.Name} re-declares {name}");
            }
        });
    }

    [Test]
    public void The_collection_indexer_is_a_virtual_Item_declared_on_DataCollection_only()
    {
        var indexer = typeof(DataCollection<,>).GetProperty("Item", BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);

        Assert.Multiple(() =>
        {
            Assert.That(indexer?.GetMethod?.IsVirtual, Is.True);
            Assert.That(indexer!.GetIndexParameters().Single().ParameterType.IsGenericParameter, Is.True);
            foreach (var subclass in new[] { typeof(AttributeCollection), typeof(ParameterCollection), typeof(EntityImageCollection), typeof(KeyAttributeCollection) })
            {
                Assert.That(subclass.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(p => p.GetIndexParameters().Length > 0), Is.Empty, subclass.Name);
            }
        });
    }

    [Test]
    public void CreateOrganizationService_takes_a_nullable_Guid()
    {
        var method = typeof(IOrganizationServiceFactory).GetMethod(nameof(IOrganizationServiceFactory.CreateOrganizationService));

        Assert.That(method!.GetParameters().Select(p => p.ParameterType), Is.EqualTo(new[] { typeof(Guid?) }));
    }

    [Test]
    public void RequestId_is_a_nullable_Guid_on_the_context_and_the_request()
    {
        Assert.Multiple(() =>
        {
            Assert.That(typeof(IExecutionContext).GetProperty(nameof(IExecutionContext.RequestId))!.PropertyType, Is.EqualTo(typeof(Guid?)));
            Assert.That(typeof(OrganizationRequest).GetProperty(nameof(OrganizationRequest.RequestId))!.PropertyType, Is.EqualTo(typeof(Guid?)));
        });
    }

    [TestCase(nameof(Entity.Id))]
    [TestCase(nameof(Entity.GetAttributeValue))]
    [TestCase("SetAttributeValue")]
    [TestCase("GetFormattedAttributeValue")]
    public void Entity_members_the_real_SDK_makes_virtual_are_virtual(string name)
    {
        var member = typeof(Entity).GetMember(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly).Single();
        var method = member is PropertyInfo property ? property.GetMethod! : (MethodInfo)member;

        Assert.That(method.IsVirtual && !method.IsFinal, Is.True);
    }

    [Test]
    public void The_Entity_indexer_is_named_Item_and_not_virtual()
    {
        var indexer = typeof(Entity).GetProperty("Item", [typeof(string)]);

        Assert.That(indexer?.GetMethod?.IsVirtual, Is.False);
    }
}

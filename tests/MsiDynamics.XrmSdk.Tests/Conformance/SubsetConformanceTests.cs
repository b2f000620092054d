using System.Reflection;
using Microsoft.Xrm.Sdk;

namespace MsiDynamics.XrmSdk.Tests.Conformance;

/// <summary>
/// The subset declares nothing that specs/dataverse.md §1.2/§1.3 does not list, and keeps the declaring types,
/// parameter types and virtual-ness a plug-in binds to (specs/dataverse.md §0.1).
/// </summary>
public class SubsetConformanceTests
{
    private static readonly Assembly Sdk = typeof(Entity).Assembly;

    private static readonly Lazy<SdkSurfaceSpec> Spec = new(SdkSurfaceSpec.Load);

    private static IEnumerable<Type> PublicTypes() => Sdk.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal);

    [Test]
    public void The_spec_parser_finds_the_listed_types_and_their_declarations()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Spec.Value.ListedTypes, Does.Contain("Microsoft.Xrm.Sdk.DataCollection`2"));
            Assert.That(Spec.Value.ListedTypes, Does.Contain("Microsoft.Xrm.Sdk.Messages.UpdateResponse"));
            Assert.That(Spec.Value.ListedTypes, Does.Contain("Microsoft.Xrm.Sdk.IPluginExecutionContext7"));
            Assert.That(Spec.Value.DeclarationOf("Microsoft.Xrm.Sdk.Entity"), Does.Contain("virtual T GetAttributeValue<T>"));
            Assert.That(Spec.Value.DeclarationOf("Microsoft.Xrm.Sdk.Entity"), Does.Not.Contain("class EntityReference"));
            Assert.That(Spec.Value.DeclarationOf("Microsoft.Xrm.Sdk.Messages.CreateResponse"), Does.Contain("Guid id").And.Not.Contains("UpdateRequest"));
            Assert.That(Spec.Value.DeclarationOf("Microsoft.Xrm.Sdk.Query.ColumnSet"), Does.Contain("AddColumns"));
            Assert.That(Spec.Value.DeclarationOf("Microsoft.Xrm.Sdk.Query.PagingInfo"), Does.Contain("PageNumber"));
        });
    }

    [Test]
    public void Every_public_type_is_listed_in_the_spec()
    {
        var unlisted = PublicTypes().Select(t => t.FullName!).Where(n => !Spec.Value.ListedTypes.Contains(n)).ToArray();

        Assert.That(unlisted, Is.Empty);
    }

    [Test]
    public void Every_declared_member_appears_in_its_types_declaration_in_the_spec()
    {
        var violations = PublicTypes().SelectMany(t => SurfaceAudit.Violations(t, Spec.Value.DeclarationOf(t.FullName!))).ToArray();

        Assert.That(violations, Is.Empty);
    }

    [Test]
    public void Every_public_type_has_the_kind_and_modifiers_its_spec_header_states()
    {
        var mismatches = new List<string>();
        foreach (var type in PublicTypes())
        {
            var name = System.Text.RegularExpressions.Regex.Replace(type.Name, "`\\d+$", string.Empty);
            var header = System.Text.RegularExpressions.Regex.Match(
                Spec.Value.DeclarationOf(type.FullName!), $@"\b(?<mods>(?:(?:abstract|sealed|static)\s+)*)(?<kind>class|interface|enum)\s+{name}\b");
            if (!header.Success)
            {
                continue;
            }

            var kind = header.Groups["kind"].Value;
            var mods = header.Groups["mods"].Value;
            var actual = type.IsInterface ? "interface" : type.IsEnum ? "enum" : "class";
            if (actual != kind || (kind == "class" && (type.IsSealed != mods.Contains("sealed") || type.IsAbstract != mods.Contains("abstract"))))
            {
                mismatches.Add($"{type.FullName}: spec says '{mods}{kind}'");
            }
        }

        Assert.That(mismatches, Is.Empty);
    }

    [Test]
    public void A_member_the_spec_does_not_list_is_reported()
    {
        var violations = SurfaceAudit.Violations(typeof(EntityWithAnExtraMember), Spec.Value.DeclarationOf("Microsoft.Xrm.Sdk.Entity"));

        Assert.That(violations, Has.Exactly(1).Contains(".Foo:"));
        Assert.That(violations, Has.Count.EqualTo(1));
    }

    [Test]
    public void An_unlisted_virtual_or_static_member_is_reported()
    {
        var violations = SurfaceAudit.Violations(typeof(EntityWithWrongShapes), Spec.Value.DeclarationOf("Microsoft.Xrm.Sdk.Entity"));

        Assert.That(violations, Has.Some.Contains(".Contains: virtual"));
        Assert.That(violations, Has.Some.Contains(".ToEntityReference: static"));
    }

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

    /// <summary>Stands in for Entity with one member the spec does not list.</summary>
    private sealed class EntityWithAnExtraMember
    {
        public bool Contains(string attributeName) => attributeName.Length > 0;

        public void Foo()
        {
        }
    }

    /// <summary>Stands in for Entity with listed names in the wrong shape.</summary>
    private class EntityWithWrongShapes
    {
        public static EntityReference ToEntityReference() => new();

        public virtual bool Contains(string attributeName) => attributeName.Length > 0;
    }
}

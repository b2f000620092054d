using Microsoft.Xrm.Sdk;

namespace MsiDynamics.XrmSdk.Tests.Conformance;

/// <summary>
/// Every public type of the subset is a type of the real SDK, with the same namespace, name, generic arity, kind,
/// modifiers, base type and interfaces (dataverse.md §0.1).
/// </summary>
public class SubsetTypeShapeTests
{
    private static readonly ShapeComparer Comparer = new(SurfaceData.Instance);

    public static IEnumerable<Type> SubsetTypes() => typeof(Entity).Assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal);

    [Test]
    public void Every_public_type_of_the_subset_is_a_type_the_real_SDK_has()
    {
        var unlisted = SubsetTypes().Select(t => t.FullName!).Where(name => SurfaceData.Instance.Find(name) is null);

        Assert.That(unlisted, Is.Empty);
    }

    [TestCaseSource(nameof(SubsetTypes))]
    public void The_type_has_the_kind_modifiers_base_type_and_interfaces_of_the_real_one(Type type)
    {
        var real = SurfaceData.Instance.Find(type.FullName!);
        Assume.That(real, Is.Not.Null, "the listing test reports an unlisted type");

        Assert.That(Comparer.TypeDifferences(real!, SubsetReader.Read(type)), Is.Empty);
    }

    [Test]
    public void The_reader_leaves_out_interfaces_the_base_type_or_another_interface_brings()
    {
        Assert.Multiple(() =>
        {
            Assert.That(SubsetReader.Read(typeof(AttributeCollection)).Header!.Interfaces, Is.Empty);
            Assert.That(SubsetReader.Read(typeof(DataCollection<,>)).Header!.Interfaces, Is.EqualTo(new[] { "IEnumerable<KeyValuePair<TKey,TValue>>" }));
            Assert.That(SubsetReader.Read(typeof(IPluginExecutionContext)).Header!.Interfaces, Is.EqualTo(new[] { "IExecutionContext" }));
        });
    }

    [Test]
    public void A_type_of_another_kind_or_with_other_modifiers_is_reported()
    {
        var asClass = Comparer.TypeDifferences(SurfaceData.Instance.Find("Microsoft.Xrm.Sdk.IPlugin")!, SubsetReader.Read(typeof(PlainClass)));
        var unsealed = Comparer.TypeDifferences(SurfaceData.Instance.Find("Microsoft.Xrm.Sdk.Money")!, SubsetReader.Read(typeof(PlainClass)));

        Assert.Multiple(() =>
        {
            Assert.That(asClass, Has.Some.Contains("is a class where the real SDK's is an interface"));
            Assert.That(unsealed, Has.Some.Contains("is 'class' where the real SDK's is 'sealed class'"));
        });
    }

    [Test]
    public void A_type_with_another_base_type_or_an_extra_interface_is_reported()
    {
        var real = SurfaceData.Instance.Find("Microsoft.Xrm.Sdk.EntityImageCollection")!;

        var differences = Comparer.TypeDifferences(real, SubsetReader.Read(typeof(ImagesOverTheWrongBase)));

        Assert.Multiple(() =>
        {
            Assert.That(differences, Has.Some.Contains("derives from DataCollection<string,object> where the real SDK's derives from DataCollection<string,Entity>"));
            Assert.That(differences, Has.Some.Contains("implements IDisposable, which the real SDK's does not"));
        });
    }

    /// <summary>Stands in for IPlugin declared as a class, and for Money left unsealed.</summary>
    private class PlainClass
    {
    }

    /// <summary>Stands in for EntityImageCollection over another DataCollection and with an interface the real one lacks.</summary>
    private sealed class ImagesOverTheWrongBase : DataCollection<string, object>, IDisposable
    {
        public void Dispose()
        {
        }
    }
}

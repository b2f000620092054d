using Microsoft.Xrm.Sdk;

namespace MsiDynamics.XrmSdk.Tests.Conformance;

/// <summary>
/// Every public or protected member the subset declares has the full signature the real SDK gives it on the same
/// type: parameter types and passing, return type, static or instance, virtual/abstract/override, access and
/// property accessors (dataverse.md §0.1). The subset may leave members out.
/// </summary>
public class SubsetMemberSignatureTests
{
    private static readonly ShapeComparer Comparer = new(SurfaceData.Instance);

    public static IEnumerable<Type> SubsetTypes() => SubsetTypeShapeTests.SubsetTypes();

    [TestCaseSource(nameof(SubsetTypes))]
    public void Each_member_the_type_declares_has_a_signature_the_real_type_declares(Type type)
    {
        var real = SurfaceData.Instance.Find(type.FullName!);
        Assume.That(real, Is.Not.Null, "the listing test reports an unlisted type");

        Assert.That(Comparer.MemberDifferences(real!, SubsetReader.Read(type)), Is.Empty);
    }

    [Test]
    public void The_reader_writes_the_subsets_members_as_the_data_writes_them()
    {
        var entity = SubsetReader.Read(typeof(Entity)).Members.ToDictionary(m => m.Display);
        var collection = SubsetReader.Read(typeof(DataCollection<,>)).Members.Select(m => m.Display);

        Assert.Multiple(() =>
        {
            Assert.That(entity["TryGetAttributeValue<>(string, out T)"].Type, Is.EqualTo("bool"));
            Assert.That(entity["GetAttributeValue<>(string)"].Virtuality, Is.EqualTo("virtual"));
            Assert.That(entity["SetAttributeValue(string, object)"].Access, Is.EqualTo("protected"));
            Assert.That(entity["EntityState"].Type, Is.EqualTo("EntityState?"));
            Assert.That(entity["Item[string]"].Accessors, Is.EqualTo(new[] { "get", "set" }));
            Assert.That(collection, Does.Contain("AddRange(params KeyValuePair<TKey,TValue>[])"));
            Assert.That(collection, Does.Contain("constructor(IDictionary<TKey,TValue>)"));
            Assert.That(SubsetReader.Read(typeof(AliasedValue)).Members.Single(m => m.Name == "Value").Accessors, Is.EqualTo(new[] { "get" }));
        });
    }

    [Test]
    public void Every_subset_type_is_checked_and_most_declare_members()
    {
        var types = SubsetTypes().ToArray();

        Assert.That(types.Count(t => SubsetReader.Read(t).Members.Count > 0), Is.GreaterThan(types.Length * 3 / 4));
    }

    [Test]
    public void An_enum_value_the_real_SDK_lacks_or_numbers_otherwise_is_reported()
    {
        var real = SurfaceData.Instance.Find("Microsoft.Xrm.Sdk.OperationStatus")!;

        var differences = Comparer.MemberDifferences(real, SubsetReader.Read(typeof(OperationStatusWithChanges)));

        Assert.Multiple(() =>
        {
            Assert.That(differences, Has.Count.EqualTo(2));
            Assert.That(differences, Has.One.EndsWith(".Retry: has the value 7 where the real SDK's has 2"));
            Assert.That(differences, Has.One.EndsWith(".Paused: the real SDK has no value Paused = 5"));
        });
    }

    /// <summary>Stands in for OperationStatus with a renumbered value and an extra one.</summary>
    private enum OperationStatusWithChanges
    {
        Failed = 0,
        Retry = 7,
        Paused = 5,
    }
}

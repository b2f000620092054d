namespace MsiDynamics.XrmSdk.Tests.Conformance;

/// <summary>The recorded surface of the real SDK is inside the repository and reads as the signatures it writes.</summary>
public class SurfaceDataTests
{
    private static SurfaceData Data => SurfaceData.Instance;

    private static MemberShape Member(string type, string display) =>
        Data.Find(type)!.Members.Single(m => m.Display == display);

    [Test]
    public void The_data_file_lies_beside_the_test_assembly_and_cites_the_reflected_package()
    {
        var text = File.ReadAllText(SurfaceData.FilePath);

        Assert.Multiple(() =>
        {
            Assert.That(SurfaceData.FilePath, Does.StartWith(TestContext.CurrentContext.TestDirectory));
            Assert.That(text, Does.Contain("Microsoft.CrmSdk.CoreAssemblies 9.0.2.56").And.Contain("by reflection"));
            Assert.That(text, Does.Contain("Version=9.0.0.0"));
        });
    }

    [Test]
    public void A_type_header_gives_kind_modifiers_base_type_interfaces_and_generic_parameters()
    {
        var collection = Data.Find("Microsoft.Xrm.Sdk.DataCollection`2")!;
        var related = Data.Find("Microsoft.Xrm.Sdk.RelatedEntityCollection")!;

        Assert.Multiple(() =>
        {
            Assert.That(collection.Header, Is.Not.Null);
            Assert.That(collection.Header!.Kind, Is.EqualTo("class"));
            Assert.That(collection.Header.Modifiers, Is.EqualTo(new[] { "abstract" }));
            Assert.That(collection.Header.Interfaces, Is.EquivalentTo(new[] { "IEnumerable<KeyValuePair<TKey,TValue>>", "IEnumerable" }));
            Assert.That(collection.GenericParameters, Is.EqualTo(new[] { "TKey", "TValue" }));
            Assert.That(related.Header!.BaseType, Is.EqualTo("DataCollection<Relationship,EntityCollection>"));
            Assert.That(Data.Find("Microsoft.Xrm.Sdk.IPluginExecutionContext7")!.Header!.Interfaces, Is.EqualTo(new[] { "IPluginExecutionContext6" }));
        });
    }

    [Test]
    public void A_member_line_gives_parameter_passing_return_type_and_shape()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Member("Microsoft.Xrm.Sdk.DataCollection`2", "TryGetValue(TKey, out TValue)").Type, Is.EqualTo("bool"));
            Assert.That(Member("Microsoft.Xrm.Sdk.ITracingService", "Trace(string, params object[])").Type, Is.EqualTo("void"));
            Assert.That(Member("Microsoft.Xrm.Sdk.Extensions.ServiceProviderExtensions", "Get<>(this IServiceProvider)").IsStatic, Is.True);
            Assert.That(Member("Microsoft.Xrm.Sdk.Entity", "Id").Virtuality, Is.EqualTo("virtual"));
            Assert.That(Member("Microsoft.Xrm.Sdk.Entity", "SetAttributeValue(string, object)").Access, Is.EqualTo("protected"));
            Assert.That(Member("Microsoft.Xrm.Sdk.Entity", "Item[string]").Accessors, Is.EqualTo(new[] { "get", "set" }));
            Assert.That(Member("Microsoft.Xrm.Sdk.AliasedValue", "Value").Accessors, Is.EqualTo(new[] { "get" }));
            Assert.That(Member("Microsoft.Xrm.Sdk.RelatedEntityCollection", "IsReadOnly").Virtuality, Is.EqualTo("override"));
            Assert.That(Member("Microsoft.Xrm.Sdk.DataCollection`2", "constructor(IDictionary<TKey,TValue>)").Access, Is.EqualTo("protected internal"));
        });
    }

    [Test]
    public void A_type_listed_by_name_only_has_no_recorded_shape_and_no_members()
    {
        var listed = Data.Find("Microsoft.Xrm.Sdk.Messages.UpsertMultipleRequest");

        Assert.That(listed, Is.Not.Null);
        Assert.That(listed!.Header, Is.Null);
        Assert.That(listed.Members, Is.Empty);
    }

    [Test]
    public void Enum_values_whose_names_were_not_recorded_are_kept_as_a_range()
    {
        Assert.That(Data.Find("Microsoft.Xrm.Sdk.Query.ConditionOperator")!.EnumRanges, Is.EqualTo(new[] { (14L, 40L), (58L, 72L) }));
    }

    [TestCase("namespace N\nclass X\n  what is this\n", "Line 3")]
    [TestCase("class X\n", "Line 1")]
    [TestCase("namespace N\n  int Stray { get; }\n", "Line 2")]
    [TestCase("namespace N\nclass X\nclass X\n", "recorded twice")]
    public void A_line_the_parser_cannot_read_is_rejected_with_its_place(string text, string place)
    {
        Assert.That(() => SurfaceData.Parse(text), Throws.TypeOf<InvalidDataException>().With.Message.Contains(place));
    }
}

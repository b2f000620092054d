using Microsoft.Xrm.Sdk;

namespace MsiDynamics.XrmSdk.Tests;

/// <summary>Entity, EntityReference and value types behave as measured on the real SDK (dataverse.md §1.4).</summary>
public class EntityBehaviourTests
{
    private static readonly Guid ContactId = new("6f1c3c1e-2b43-4f36-9d1b-0c3b1d2a4e51");

    [Test]
    public void A_new_entity_with_an_id_has_no_attributes_and_does_not_mirror_the_id()
    {
        var contact = new Entity("contact", ContactId);

        Assert.Multiple(() =>
        {
            Assert.That(contact.Id, Is.EqualTo(ContactId));
            Assert.That(contact.Attributes, Has.Count.EqualTo(0));
            Assert.That(contact.Contains("contactid"), Is.False);
        });
    }

    [Test]
    public void Setting_the_primary_key_attribute_leaves_Id_unchanged()
    {
        var contact = new Entity("contact", ContactId);

        contact.Attributes["contactid"] = Guid.NewGuid();

        Assert.That(contact.Id, Is.EqualTo(ContactId));
    }

    [Test]
    public void The_indexer_of_a_missing_attribute_throws_KeyNotFoundException()
    {
        var contact = new Entity("contact");

        Assert.That(() => contact["missing"], Throws.TypeOf<KeyNotFoundException>());
    }

    [Test]
    public void A_missing_pre_image_throws_KeyNotFoundException()
    {
        var images = new EntityImageCollection();

        Assert.That(() => images["PreImage"], Throws.TypeOf<KeyNotFoundException>());
    }

    [Test]
    public void GetAttributeValue_of_a_missing_string_returns_null() =>
        Assert.That(new Entity("contact").GetAttributeValue<string>("missing"), Is.Null);

    [Test]
    public void GetAttributeValue_of_a_missing_int_returns_zero() =>
        Assert.That(new Entity("contact").GetAttributeValue<int>("missing"), Is.EqualTo(0));

    [Test]
    public void GetAttributeValue_of_a_missing_nullable_int_returns_null() =>
        Assert.That(new Entity("contact").GetAttributeValue<int?>("missing"), Is.Null);

    [Test]
    public void GetAttributeValue_of_a_null_value_returns_default() =>
        Assert.That(new Entity("contact") { ["numberofemployees"] = null }.GetAttributeValue<int>("numberofemployees"), Is.EqualTo(0));

    [Test]
    public void GetAttributeValue_returns_a_stored_value_of_the_requested_type()
    {
        var owner = new EntityReference("systemuser", Guid.NewGuid());
        var contact = new Entity("contact") { ["ownerid"] = owner, ["numberofchildren"] = 2 };

        Assert.Multiple(() =>
        {
            Assert.That(contact.GetAttributeValue<EntityReference>("ownerid"), Is.SameAs(owner));
            Assert.That(contact.GetAttributeValue<int?>("numberofchildren"), Is.EqualTo(2));
        });
    }

    [Test]
    public void A_null_value_is_still_contained()
    {
        var contact = new Entity("contact") { ["x"] = null };

        Assert.That(contact.Contains("x"), Is.True);
    }

    [Test]
    public void Attribute_keys_are_case_sensitive()
    {
        var contact = new Entity("contact") { ["FirstName2"] = "Ada" };

        Assert.Multiple(() =>
        {
            Assert.That(contact.Contains("firstname2"), Is.False);
            Assert.That(contact.Attributes.Contains("FirstName2"), Is.True);
        });
    }

    [Test]
    public void GetAttributeValue_of_a_string_on_an_int_throws_InvalidCastException()
    {
        var contact = new Entity("contact") { ["numberofchildren"] = 2 };

        Assert.That(() => contact.GetAttributeValue<string>("numberofchildren"), Throws.TypeOf<InvalidCastException>());
    }

    [Test]
    public void GetAttributeValue_does_not_unwrap_an_AliasedValue()
    {
        var row = new Entity("contact") { ["a.name"] = new AliasedValue("account", "name", "Contoso") };

        Assert.That(() => row.GetAttributeValue<string>("a.name"), Throws.TypeOf<InvalidCastException>());
    }

    [Test]
    public void GetAttributeValue_does_not_widen_an_int_to_a_long()
    {
        var contact = new Entity("contact") { ["numberofchildren"] = 2 };

        Assert.That(() => contact.GetAttributeValue<long>("numberofchildren"), Throws.TypeOf<InvalidCastException>());
    }

    [Test]
    public void TryGetAttributeValue_finds_a_value_of_the_requested_type()
    {
        var contact = new Entity("contact") { ["firstname"] = "Ada" };

        Assert.Multiple(() =>
        {
            Assert.That(contact.TryGetAttributeValue("firstname", out string? name), Is.True);
            Assert.That(name, Is.EqualTo("Ada"));
            Assert.That(contact.TryGetAttributeValue("missing", out string? missing), Is.False);
            Assert.That(missing, Is.Null);
        });
    }

    [Test]
    public void ToEntityReference_copies_logical_name_and_id_only()
    {
        var contact = new Entity("contact", ContactId) { ["fullname"] = "Ada Lovelace" };

        var reference = contact.ToEntityReference();

        Assert.Multiple(() =>
        {
            Assert.That(reference.LogicalName, Is.EqualTo("contact"));
            Assert.That(reference.Id, Is.EqualTo(ContactId));
            Assert.That(reference.Name, Is.Null);
            Assert.That(reference.KeyAttributes, Has.Count.EqualTo(0));
        });
    }

    [Test]
    public void A_new_entity_has_empty_key_attributes_and_no_row_version()
    {
        var entity = new Entity("x");

        Assert.Multiple(() =>
        {
            Assert.That(entity.KeyAttributes, Is.Not.Null.And.Count.EqualTo(0));
            Assert.That(entity.RowVersion, Is.Null);
            Assert.That(entity.EntityState, Is.Null);
            Assert.That(entity.FormattedValues, Is.Not.Null.And.Count.EqualTo(0));
            Assert.That(entity.RelatedEntities, Is.Not.Null.And.Count.EqualTo(0));
        });
    }

    [Test]
    public void An_entity_by_alternate_key_holds_the_key_and_no_id()
    {
        var contact = new Entity("contact", "emailaddress1", "ada@example.com");

        Assert.Multiple(() =>
        {
            Assert.That(contact.KeyAttributes["emailaddress1"], Is.EqualTo("ada@example.com"));
            Assert.That(contact.Id, Is.EqualTo(Guid.Empty));
            Assert.That(contact.Attributes, Has.Count.EqualTo(0));
        });
    }

    [TestCase("contact", "contact", true)]
    [TestCase("contact", "Contact", false)]
    [TestCase("contact", "account", false)]
    public void EntityReferences_are_equal_by_logical_name_ordinal_and_id(string left, string right, bool equal)
    {
        var a = new EntityReference(left, ContactId) { Name = "Ada" };
        var b = new EntityReference(right, ContactId);

        Assert.That(a.Equals(b), Is.EqualTo(equal));
        if (equal)
        {
            Assert.That(a.GetHashCode(), Is.EqualTo(b.GetHashCode()));
        }
    }

    [Test]
    public void EntityReferences_with_different_ids_are_not_equal() =>
        Assert.That(new EntityReference("contact", ContactId), Is.Not.EqualTo(new EntityReference("contact", Guid.NewGuid())));

    [Test]
    public void OptionSetValues_with_the_same_value_are_equal()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new OptionSetValue(1).Equals(new OptionSetValue(1)), Is.True);
            Assert.That(new OptionSetValue(1).GetHashCode(), Is.EqualTo(new OptionSetValue(1).GetHashCode()));
            Assert.That(new OptionSetValue(1).Equals(new OptionSetValue(2)), Is.False);
        });
    }

    [Test]
    public void Money_with_the_same_amount_is_equal()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new Money(1m).Equals(new Money(1m)), Is.True);
            Assert.That(new Money(1m).GetHashCode(), Is.EqualTo(new Money(1.0m).GetHashCode()));
            Assert.That(new Money(1m).Equals(new Money(2m)), Is.False);
        });
    }

    [Test]
    public void A_new_EntityCollection_has_an_empty_Entities_list()
    {
        var collection = new EntityCollection();

        Assert.That(collection.Entities, Is.Not.Null.And.Count.EqualTo(0));
    }

    [Test]
    public void An_EntityCollection_indexes_its_entities()
    {
        var first = new Entity("contact", ContactId);
        var collection = new EntityCollection(new List<Entity> { first });

        Assert.Multiple(() =>
        {
            Assert.That(collection[0], Is.SameAs(first));
            Assert.That(collection.Entities.ToArray(), Is.EqualTo(new[] { first }));
        });
    }

    [Test]
    public void An_AliasedValue_keeps_its_source()
    {
        var aliased = new AliasedValue("account", "name", "Contoso");

        Assert.That((aliased.EntityLogicalName, aliased.AttributeLogicalName, aliased.Value), Is.EqualTo(("account", "name", (object)"Contoso")));
    }
}

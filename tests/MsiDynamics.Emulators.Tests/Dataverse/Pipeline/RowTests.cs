using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using MsiDynamics.Emulators.Dataverse.Pipeline;

namespace MsiDynamics.Emulators.Tests.Dataverse.Pipeline;

public sealed class RowTests
{
    [Test]
    public void A_create_fills_the_key_audit_columns_owner_state_and_version()
    {
        var test = TestOrganization.With();

        var id = test.Service.Create(new Entity("contact") { ["firstname"] = "Grace", ["lastname"] = "Hopper" });

        var row = test.Row("contact", id);
        Assert.Multiple(() =>
        {
            Assert.That(row["contactid"], Is.EqualTo(id));
            Assert.That(row["fullname"], Is.EqualTo("Grace Hopper"));
            Assert.That((row["createdon"], row["modifiedon"]), Is.EqualTo((TestOrganization.Now.UtcDateTime, TestOrganization.Now.UtcDateTime)));
            var createdBy = row.GetAttributeValue<EntityReference>("createdby")!;
            Assert.That((createdBy.Id, createdBy.Name), Is.EqualTo((test.CallerId, "Ada Lovelace")));
            Assert.That(row.GetAttributeValue<EntityReference>("ownerid")!.Id, Is.EqualTo(test.CallerId));
            Assert.That((row.GetAttributeValue<OptionSetValue>("statecode")!.Value, row.GetAttributeValue<OptionSetValue>("statuscode")!.Value), Is.EqualTo((0, 1)));
            Assert.That(row.GetAttributeValue<long>("versionnumber"), Is.GreaterThan(0));
        });
    }

    [TestCase("msi_syncqueueitem")]
    [TestCase("msi_syncsetting")]
    [TestCase("msi_syncstate")]
    [TestCase("connectionrole")]
    public void An_organisation_owned_row_has_no_owner(string entityName)
    {
        var test = TestOrganization.With();

        var id = test.Service.Create(new Entity(entityName) { ["msi_name"] = "x" });

        Assert.That(test.Row(entityName, id).Contains("ownerid"), Is.False);
    }

    [Test]
    public void An_update_advances_the_version_and_the_modified_columns()
    {
        var test = TestOrganization.With();
        var id = test.Service.Create(new Entity("account") { ["name"] = "Contoso" });
        var before = test.Row("account", id).GetAttributeValue<long>("versionnumber");
        test.Time.Advance(TimeSpan.FromHours(1));

        test.Org.ServiceAs(test.Org.SystemUserId).Update(new Entity("account", id) { ["name"] = "Contoso Ltd" });

        var row = test.Row("account", id);
        Assert.That(row.GetAttributeValue<long>("versionnumber"), Is.GreaterThan(before));
        Assert.That(row["modifiedon"], Is.EqualTo(TestOrganization.Now.AddHours(1).UtcDateTime));
        Assert.That(row.GetAttributeValue<EntityReference>("modifiedby")!.Id, Is.EqualTo(test.Org.SystemUserId));
        Assert.That(row.GetAttributeValue<EntityReference>("createdby")!.Id, Is.EqualTo(test.CallerId));
    }

    [Test]
    public void Stored_values_are_copies_that_callers_cannot_change_behind_the_organisation()
    {
        var test = TestOrganization.With();
        var owner = new EntityReference("systemuser", test.CallerId);
        var id = test.Service.Create(new Entity("account") { ["name"] = "Contoso", ["ownerid"] = owner, ["revenue"] = new Money(5m) });

        owner.Id = Guid.NewGuid();
        test.Row("account", id).GetAttributeValue<Money>("revenue")!.Value = 99m;

        var row = test.Row("account", id);
        Assert.That(row.GetAttributeValue<EntityReference>("ownerid")!.Id, Is.EqualTo(test.CallerId));
        Assert.That(row.GetAttributeValue<Money>("revenue")!.Value, Is.EqualTo(5m));
    }

    [Test]
    public void Retrieve_returns_the_requested_columns_and_the_key()
    {
        var test = TestOrganization.With();
        var id = test.Seed("account", ("name", "Contoso"), ("telephone1", "555"));

        var row = test.Service.Retrieve("account", id, new ColumnSet("telephone1"));

        Assert.That(row.Attributes.Keys, Is.EquivalentTo(new[] { "accountid", "telephone1" }));
    }

    [Test]
    public void Retrieving_a_row_that_does_not_exist_fails_naming_the_table_and_the_id()
    {
        var test = TestOrganization.With();
        var id = Guid.NewGuid();

        var missing = Assert.Throws<PlatformFaultException>(() => test.Service.Retrieve("account", id, new ColumnSet(true)));

        Assert.That(missing!.Fault, Is.EqualTo(PlatformFault.ObjectDoesNotExist));
        Assert.That(missing.Message, Is.EqualTo($"account With Id = {id:D} Does Not Exist"));
    }

    [TestCase("Update")]
    [TestCase("Delete")]
    public void Writing_a_row_that_does_not_exist_fails_as_does_not_exist(string message)
    {
        var test = TestOrganization.With();
        var id = Guid.NewGuid();

        var missing = Assert.Throws<PlatformFaultException>(() =>
        {
            if (message == "Update")
            {
                test.Service.Update(new Entity("account", id) { ["name"] = "x" });
            }
            else
            {
                test.Service.Delete("account", id);
            }
        });

        Assert.That(missing!.Fault, Is.EqualTo(PlatformFault.ObjectDoesNotExist));
    }

    [Test]
    public void Rows_are_listed_in_creation_order()
    {
        var test = TestOrganization.With();
        var ids = new[] { "b", "a", "c" }.Select(n => test.Service.Create(new Entity("account") { ["name"] = n })).ToList();

        Assert.That(test.Org.Rows("account").Select(r => r.Id), Is.EqualTo(ids));
    }
}

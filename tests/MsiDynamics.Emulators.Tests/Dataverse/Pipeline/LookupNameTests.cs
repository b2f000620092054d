using Microsoft.Xrm.Sdk;

namespace MsiDynamics.Emulators.Tests.Dataverse.Pipeline;

/// <summary>
/// A lookup read through the SDK carries the referenced row's primary name, from that table's own primary name column
/// (dataverse.md §0.14, §3.4): a currency's currencyname and an activity's subject, never a
/// column that merely happens to be called name.
/// </summary>
public sealed class LookupNameTests
{
    [TestCase("transactioncurrency", "currencyname", "US Dollar")]
    [TestCase("opportunityclose", "subject", "Won: Big deal")]
    [TestCase("task", "subject", "Call back")]
    public void A_lookup_is_named_from_its_target_tables_primary_name_column(string table, string column, string name)
    {
        var test = TestOrganization.With();
        var target = test.Seed(table, (column, name), ("name", "not the primary name"));
        var account = test.Seed("account", ("name", "Contoso"), ("msi_related", new EntityReference(table, target)));

        var read = test.Service.Retrieve("account", account, new Microsoft.Xrm.Sdk.Query.ColumnSet("msi_related"));

        Assert.That(read.GetAttributeValue<EntityReference>("msi_related")!.Name, Is.EqualTo(name));
    }
}

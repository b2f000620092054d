using System.Text.Json;
using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.Dataverse.OData;

/// <summary>Rows as the Web API writes them (dataverse.md §3.4, §6): etag, ids, values, lookups, formatted values.</summary>
public sealed class DataverseRowTests
{
    private const string Row = """
        {
          "@odata.etag": "W/\"470867\"",
          "leadid": "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
          "lastname": "O'Brian",
          "msi_priority": 42,
          "donotemail": true,
          "createdon": "2026-01-15T12:00:00Z",
          "statuscode": 2,
          "statuscode@OData.Community.Display.V1.FormattedValue": "Contacted",
          "_ownerid_value": "a1b2c3d4-0000-4000-8000-000000000001",
          "_ownerid_value@Microsoft.Dynamics.CRM.lookuplogicalname": "systemuser",
          "_ownerid_value@OData.Community.Display.V1.FormattedValue": "Ann Lee",
          "jobtitle": null
        }
        """;

    [Test]
    public void Every_kind_of_value_reads_as_its_type()
    {
        var row = Parse(Row);

        Assert.That(row.ETag, Is.EqualTo("W/\"470867\""));
        Assert.That(row.GetGuid("leadid"), Is.EqualTo(Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301")));
        Assert.That(row.GetString("lastname"), Is.EqualTo("O'Brian"));
        Assert.That(row.GetInt("msi_priority"), Is.EqualTo(42));
        Assert.That(row.GetBool("donotemail"), Is.True);
        Assert.That(row.GetDate("createdon"), Is.EqualTo(new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero)));
        Assert.That(row.GetChoice("statuscode"), Is.EqualTo(2));
        Assert.That(row.GetChoice<QueueOperation>("statuscode"), Is.EqualTo(QueueOperation.Delete));
        Assert.That(row.GetFormattedValue("statuscode"), Is.EqualTo("Contacted"));
    }

    [Test]
    public void A_lookup_reads_its_underscore_value_property_and_annotations()
    {
        var row = Parse(Row);

        Assert.That(row.GetLookup("ownerid"), Is.EqualTo(Guid.Parse("a1b2c3d4-0000-4000-8000-000000000001")));
        Assert.That(row.GetLookupLogicalName("ownerid"), Is.EqualTo("systemuser"));
        Assert.That(row.GetFormattedValue("_ownerid_value"), Is.EqualTo("Ann Lee"));
    }

    [Test]
    public void Null_and_missing_columns_read_as_null()
    {
        var row = Parse(Row);

        Assert.That(row.GetString("jobtitle"), Is.Null);
        Assert.That(row.Has("jobtitle"), Is.False);
        Assert.That(row.GetInt("nosuchcolumn"), Is.Null);
        Assert.That(row.GetLookup("parentaccountid"), Is.Null);
    }

    [Test]
    public void A_page_keeps_its_rows_and_next_link_and_its_rows_print_no_data()
    {
        var page = DataversePage.Parse($$"""{"value":[{{Row}}],"@odata.nextLink":"https://x/api/data/v9.2/leads?$skiptoken=1"}""", DataverseOutcome.Succeeded(200));

        Assert.That(page.Rows, Has.Count.EqualTo(1));
        Assert.That(page.NextLink, Does.EndWith("$skiptoken=1"));
        Assert.That(page.Rows[0].ToString(), Does.Not.Contain("O'Brian"));
    }

    private static DataverseRow Parse(string json) => new(JsonDocument.Parse(json).RootElement.Clone());
}

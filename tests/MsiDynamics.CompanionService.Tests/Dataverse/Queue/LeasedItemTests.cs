using System.Text.Json;
using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.CompanionService.Dataverse.Queue;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Queue;

/// <summary>A queue row's record id is read once, into a <c>RecordId</c>; a row whose id is not one is malformed.</summary>
public sealed class LeasedItemTests
{
    [TestCase("3f2504e0-4f89-11d3-9a0c-0305e82c3301")]
    [TestCase("{3F2504E0-4F89-11D3-9A0C-0305E82C3301}")]
    [TestCase("3F2504E04F8911D39A0C0305E82C3301")]
    public void A_record_id_in_any_GUID_form_is_carried_in_the_canonical_form(string text)
    {
        var item = LeasedItem.From(Row(text));

        Assert.That(item?.RecordId.ToString(), Is.EqualTo("3f2504e0-4f89-11d3-9a0c-0305e82c3301"));
    }

    [TestCase("not-a-guid")]
    [TestCase("00000000-0000-0000-0000-000000000000")]
    [TestCase("")]
    public void A_row_whose_record_id_is_not_a_GUID_is_malformed_and_left_out(string text) =>
        Assert.That(LeasedItem.From(Row(text)), Is.Null);

    [Test]
    public void A_row_without_a_record_id_is_malformed_and_left_out() =>
        Assert.That(LeasedItem.From(Row(null)), Is.Null);

    private static DataverseRow Row(string? recordId)
    {
        var id = recordId is null ? "null" : JsonSerializer.Serialize(recordId);
        using var document = JsonDocument.Parse($$"""
            {"msi_syncqueueitemid":"00000000-0000-4000-8000-000000000001","msi_entity":"lead","msi_recordid":{{id}},
             "msi_operation":1,"msi_status":1,"msi_attempts":0,"msi_lane":1,"createdon":"2026-01-15T11:00:00Z"}
            """);
        return new DataverseRow(document.RootElement.Clone());
    }
}

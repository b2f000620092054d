using System.Text.Json.Nodes;
using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.Records;
using MsiDynamics.CompanionService.Tests.Dataverse.Support;
using M = MsiDynamics.Schema.DataverseSchema.MsiColumns;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Records;

/// <summary>architecture.md §3.5: MSI values written home with one UpdateMultiple per table.</summary>
public sealed class MsiColumnsWriterTests
{
    [Test]
    public async Task Leads_and_contacts_go_in_one_UpdateMultiple_each_and_outcomes_follow_input_order()
    {
        await using var h = DataverseClientHarness.Create(r => r.RelativePath.StartsWith("contacts", StringComparison.Ordinal)
            ? StubDataverseResponse.Error(System.Net.HttpStatusCode.BadRequest, "0x80040203", "bad value")
            : StubDataverseResponse.NoContent());
        var moment = new DateTimeOffset(2026, 1, 15, 9, 30, 0, TimeSpan.Zero);
        var updates = new[]
        {
            Update(DataverseTable.Lead, 1, moment),
            Update(DataverseTable.Contact, 2, moment),
            Update(DataverseTable.Lead, 3, moment),
        };

        var result = await h.Get<MsiColumnsWriter>().WriteAsync(updates);

        Assert.That(h.Stub.All.Select(r => r.RelativePath), Is.EqualTo(new[]
        {
            "leads/Microsoft.Dynamics.CRM.UpdateMultiple", "contacts/Microsoft.Dynamics.CRM.UpdateMultiple",
        }));
        Assert.That(result.Outcomes.Select(o => o.IsSuccess), Is.EqualTo(new[] { true, false, true }));
        var lead = JsonNode.Parse(h.Stub.All[0].Body)!["Targets"]![0]!;
        Assert.That((string?)lead[M.LastInterestingMomentDate], Is.EqualTo("2026-01-15T09:30:00Z"));
        Assert.That((int)lead[M.Priority]!, Is.EqualTo(80));
        Assert.That((string?)lead[M.MarketoLeadId], Is.EqualTo("1001"));
    }

    [Test]
    public void Tables_without_MSI_columns_are_refused()
    {
        var writer = new MsiColumnsWriter(null!);

        Assert.That(async () => await writer.WriteAsync([Update(DataverseTable.Account, 1, DateTimeOffset.UnixEpoch)]), Throws.ArgumentException);
    }

    private static MsiColumnsUpdate Update(DataverseTable table, int n, DateTimeOffset moment) => new(
        table, Guid.Parse($"00000000-0000-4000-8000-{n:D12}"),
        new Dictionary<string, object?>
        {
            [M.LastInterestingMomentDate] = moment,
            [M.LastInterestingMomentType] = "Email",
            [M.Priority] = 80,
            [M.MarketoLeadId] = (1000 + n).ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
}

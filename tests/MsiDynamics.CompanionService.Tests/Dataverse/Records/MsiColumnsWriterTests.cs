using System.Text.Json.Nodes;
using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.Errors;
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
        await using var h = DataverseClientHarness.Create(r => StubMetadata.IsMetadata(r.RelativePath) ? StubMetadata.Answer(r)
            : r.RelativePath.StartsWith("contacts", StringComparison.Ordinal)
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

        Assert.That(h.Stub.All.Select(r => r.RelativePath).Where(p => !StubMetadata.IsMetadata(p)), Is.EqualTo(new[]
        {
            "leads/Microsoft.Dynamics.CRM.UpdateMultiple", "contacts/Microsoft.Dynamics.CRM.UpdateMultiple",
        }));
        Assert.That(result.Outcomes.Select(o => o.IsSuccess), Is.EqualTo(new[] { true, false, true }));
        var lead = JsonNode.Parse(h.Stub.All.First(r => r.Method == "POST").Body)!["Targets"]![0]!;
        Assert.That((string?)lead[M.LastInterestingMomentDate], Is.EqualTo("2026-01-15T09:30:00Z"));
        Assert.That((int)lead[M.Priority]!, Is.EqualTo(80));
        Assert.That((string?)lead[M.MarketoLeadId], Is.EqualTo("1001"));
    }

    [Test]
    public void Tables_without_MSI_columns_are_refused()
    {
        var writer = new MsiColumnsWriter(null!, null!);

        Assert.That(async () => await writer.WriteAsync([Update(DataverseTable.Account, 1, DateTimeOffset.UnixEpoch)]), Throws.ArgumentException);
    }

    [Test]
    public async Task Text_longer_than_its_column_is_cut_to_the_length_the_table_definitions_state()
    {
        var customised = new Dictionary<string, int> { [M.LastInterestingMomentType] = 100, [M.MarketoLeadId] = 50 };
        await using var h = DataverseClientHarness.Create(r => StubMetadata.IsMetadata(r.RelativePath)
            ? StubMetadata.Answer(r, text: customised) : StubDataverseResponse.NoContent());
        var columns = new Dictionary<string, object?>
        {
            [M.LastInterestingMomentType] = new string('t', 150), [M.LastInterestingMomentDesc] = new string('d', 2500), [M.Priority] = 7,
        };

        var result = await h.Get<MsiColumnsWriter>().WriteAsync([new MsiColumnsUpdate(DataverseTable.Lead, Guid.NewGuid(), columns)]);

        var target = JsonNode.Parse(h.Stub.All.Single(r => r.Method == "POST").Body)!["Targets"]![0]!;
        Assert.That(result.AllSucceeded, Is.True);
        Assert.That(((string)target[M.LastInterestingMomentType]!).Length, Is.EqualTo(100), "the organisation's length, not a fixed one");
        Assert.That((string)target[M.LastInterestingMomentDesc]!, Has.Length.EqualTo(2000).And.EndsWith("…"));
        Assert.That((int)target[M.Priority]!, Is.EqualTo(7));
    }

    [Test]
    public async Task When_the_lengths_cannot_be_read_that_tables_updates_are_not_sent_and_each_says_why()
    {
        await using var h = DataverseClientHarness.Create(r => StubMetadata.IsMetadata(r.RelativePath)
            ? StubDataverseResponse.Error(System.Net.HttpStatusCode.NotFound, "0x8006088a", "Resource not found for the segment 'EntityDefinitions'.")
            : StubDataverseResponse.NoContent());

        var result = await h.Get<MsiColumnsWriter>().WriteAsync([Update(DataverseTable.Lead, 1, DateTimeOffset.UnixEpoch), Update(DataverseTable.Lead, 2, DateTimeOffset.UnixEpoch)]);

        Assert.That(h.Stub.All.Where(r => r.Method == "POST"), Is.Empty);
        Assert.That(result.Outcomes.Select(o => o.Kind), Has.All.EqualTo(DataverseOutcomeKind.NotConfigured));
        Assert.That(result.Outcomes[0].Error!.Message, Does.Contain("text column lengths of lead could not be read"));
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

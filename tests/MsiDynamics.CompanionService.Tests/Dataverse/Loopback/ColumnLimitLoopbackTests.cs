using System.Text.Json.Nodes;
using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.Bulk;
using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.CompanionService.Dataverse.Records;
using M = MsiDynamics.Schema.DataverseSchema.MsiColumns;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Loopback;

/// <summary>
/// Text longer than its column is the platform's to refuse (dataverse.md §0.14): sent as is, the whole call comes back
/// rejected with 0x80044331 and the platform's message; through the MSI write-back it is cut to the length the
/// table's definitions state and accepted.
/// </summary>
public sealed class ColumnLimitLoopbackTests
{
    private static readonly string Long = new('x', 2500);

    [Test]
    public async Task An_overlong_value_sent_as_is_is_rejected_with_the_platforms_validation_code_and_message()
    {
        await using var dv = await LoopbackDataverse.StartAsync();
        var lead = dv.Organization.SeedLead("Lovelace");
        var other = dv.Organization.SeedLead("Hopper");

        var result = await dv.Worker.Client.Bulk.UpdateMultipleAsync(DataverseTable.Lead,
        [
            new RowUpdate(other, new JsonObject { [M.LastInterestingMomentDesc] = "Short" }),
            new RowUpdate(lead, new JsonObject { [M.LastInterestingMomentDesc] = Long }),
        ], "test.bulk");

        var outcome = result.Outcomes[1];
        Assert.That((outcome.Kind, outcome.HttpStatus, outcome.Error!.Code), Is.EqualTo((DataverseOutcomeKind.Rejected, 400, "0x80044331")));
        Assert.That(outcome.Error.Message, Is.EqualTo(
            $"A validation error occurred. The length of the '{M.LastInterestingMomentDesc}' attribute of the 'lead' entity exceeded the "
            + "maximum allowed length of '2000'."));
        Assert.That(result.Outcomes[0].Kind, Is.EqualTo(DataverseOutcomeKind.Rejected), "one value too long fails the whole call");
        Assert.That(dv.Organization.Row("lead", other).Contains(M.LastInterestingMomentDesc), Is.False);
    }

    [Test]
    public async Task The_same_value_through_the_MSI_write_back_is_cut_to_the_columns_length_and_accepted()
    {
        await using var dv = await LoopbackDataverse.StartAsync();
        var lead = dv.Organization.SeedLead("Lovelace");

        var result = await dv.Worker.Get<MsiColumnsWriter>().WriteAsync(
            [new MsiColumnsUpdate(DataverseTable.Lead, lead, new Dictionary<string, object?> { [M.LastInterestingMomentDesc] = Long })]);

        Assert.That(result.AllSucceeded, Is.True, result.ToString());
        var stored = dv.Organization.Row("lead", lead).GetAttributeValue<string>(M.LastInterestingMomentDesc)!;
        Assert.That((stored.Length, stored[..10], stored[^1]), Is.EqualTo((2000, Long[..10], '…')));
    }
}

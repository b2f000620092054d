using Microsoft.Xrm.Sdk;
using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.CompanionService.Dataverse.Records;
using M = MsiDynamics.Schema.DataverseSchema.MsiColumns;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Loopback;

/// <summary>Current-record reads by id and MSI write-back over loopback (Decision 7; architecture.md §3.5).</summary>
public sealed class RecordReadLoopbackTests
{
    private static readonly string[] Select = ["lastname", "emailaddress1", "statuscode"];

    [Test]
    public async Task A_few_ids_are_read_in_one_plain_GET_with_formatted_values()
    {
        await using var dv = await LoopbackDataverse.StartAsync();
        var ids = Enumerable.Range(0, 3).Select(i => dv.Organization.SeedLead($"Lead {i}", $"lead{i}@example.com")).ToList();
        dv.Traffic.Reset();

        var rows = await ReadAllAsync(dv.Worker, ids, formattedValues: true);

        Assert.That(rows.Select(r => r.GetGuid("leadid")), Is.EquivalentTo(ids.Cast<Guid?>()));
        Assert.That(rows.Select(r => r.GetFormattedValue("statuscode")), Has.All.Not.Null.And.Not.Empty);
        Assert.That((dv.Traffic.TotalRequests, dv.Traffic.BatchRequests), Is.EqualTo((1, 0)));
    }

    [Test]
    public async Task The_most_ids_one_URL_holds_go_as_a_plain_GET_Dataverse_accepts_and_one_more_goes_inside_a_batch()
    {
        await using var dv = await LoopbackDataverse.StartAsync();
        var reader = dv.Worker.Get<CurrentRecordReader>();
        var fits = reader.IdsPerUrl(DataverseTable.Lead, Select, formattedValues: true, limit: 32_000);
        var ids = Enumerable.Range(0, fits + 1).Select(i => dv.Organization.SeedLead($"Lead {i}")).ToList();
        dv.Traffic.Reset();

        var plain = await ReadAllAsync(dv.Worker, ids.Take(fits), formattedValues: true);
        var (plainRequests, plainBatches) = (dv.Traffic.TotalRequests, dv.Traffic.BatchRequests);
        var batched = await ReadAllAsync(dv.Worker, ids, formattedValues: true);

        Assert.That(fits, Is.InRange(500, 800), "about 700 canonical GUIDs fit 32,000 characters");
        Assert.That((plain.Count, plainRequests, plainBatches), Is.EqualTo((fits, 1, 0)));
        Assert.That((batched.Count, dv.Traffic.TotalRequests - plainRequests, dv.Traffic.BatchRequests), Is.EqualTo((fits + 1, 1, 1)));
        Assert.That(dv.Traffic.ResponsesByStatus.Keys, Is.EquivalentTo(new[] { 200 }), "no 414: the URL stayed under the limit");
    }

    [Test]
    public async Task Thousands_of_ids_are_read_through_one_batch_of_chunked_GETs_and_every_row_comes_back_once()
    {
        await using var dv = await LoopbackDataverse.StartAsync();
        var ids = Enumerable.Range(0, 2500).Select(i => dv.Organization.SeedLead($"Lead {i}", $"lead{i}@example.com")).ToList();
        var missing = Enumerable.Range(0, 50).Select(_ => Guid.NewGuid()).ToList();
        dv.Traffic.Reset();

        var rows = await ReadAllAsync(dv.Worker, [.. ids, .. missing], formattedValues: true);

        var read = rows.Select(r => r.GetGuid("leadid")!.Value).ToList();
        Assert.That(read, Is.Unique);
        Assert.That(read, Is.EquivalentTo(ids), "every existing id once; ids that match no row are simply absent");
        Assert.That(rows.First(r => r.GetGuid("leadid") == ids[1234]).GetString("emailaddress1"), Is.EqualTo("lead1234@example.com"));
        Assert.That(rows.Select(r => r.GetFormattedValue("statuscode")), Has.All.Not.Null, "the Prefer header of each GET inside the batch is honoured");
        Assert.That((dv.Traffic.TotalRequests, dv.Traffic.BatchRequests), Is.EqualTo((1, 1)), "one $batch, no URL over the limit");
        Assert.That(dv.Traffic.InnerRequests, Is.InRange(2, 4));
    }

    [Test]
    public async Task A_lead_owned_by_a_team_reads_as_a_team_owner_and_one_owned_by_a_user_as_a_user_owner()
    {
        await using var dv = await LoopbackDataverse.StartAsync();
        var team = Guid.NewGuid();
        var user = Guid.NewGuid();
        var teamLead = dv.Organization.SeedRow("lead", ("lastname", "Team"), ("ownerid", new EntityReference("team", team)));
        var userLead = dv.Organization.SeedRow("lead", ("lastname", "User"), ("ownerid", new EntityReference("systemuser", user)));

        var rows = new List<DataverseRow>();
        await foreach (var page in dv.Worker.Get<CurrentRecordReader>().ReadAsync(DataverseTable.Lead, [teamLead, userLead], ["lastname", "_ownerid_value"]))
        {
            rows.AddRange(page.Rows);
        }

        Assert.That(rows.Single(r => r.GetGuid("leadid") == teamLead).GetLookupTarget("ownerid"), Is.EqualTo(new DataverseLookup(team, "team")));
        Assert.That(rows.Single(r => r.GetGuid("leadid") == userLead).GetLookupTarget("ownerid"), Is.EqualTo(new DataverseLookup(user, "systemuser")));
    }

    [Test]
    public async Task MSI_values_written_back_to_a_lead_and_a_contact_land_in_one_request_per_table()
    {
        await using var dv = await LoopbackDataverse.StartAsync();
        var lead = dv.Organization.SeedLead("Lovelace", "ada@example.com");
        var contact = dv.Organization.SeedRow("contact", ("lastname", "Hopper"), ("emailaddress1", "grace@example.com"));
        var moment = new DateTimeOffset(2026, 1, 15, 9, 30, 0, TimeSpan.Zero);
        dv.Traffic.Reset();

        var result = await dv.Worker.Get<MsiColumnsWriter>().WriteAsync(
        [
            new MsiColumnsUpdate(DataverseTable.Lead, lead, new Dictionary<string, object?>
            {
                [M.Priority] = 3, [M.RelativeScore] = 80, [M.LastInterestingMomentType] = "Web", [M.LastInterestingMomentDate] = moment,
            }),
            new MsiColumnsUpdate(DataverseTable.Contact, contact, new Dictionary<string, object?>
            {
                [M.RelativeUrgency] = 42, [M.LastInterestingMomentDesc] = "Opened \"Spring\" e-mail & clicked", [M.MarketoLeadId] = "4711",
            }),
        ]);

        Assert.That((result.AllSucceeded, result.HttpRequests), Is.EqualTo((true, 2)), result.ToString());
        var leadRow = dv.Organization.Row("lead", lead);
        Assert.That((leadRow[M.Priority], leadRow[M.RelativeScore], leadRow[M.LastInterestingMomentType]), Is.EqualTo((3, 80, "Web")));
        Assert.That(leadRow[M.LastInterestingMomentDate], Is.EqualTo(moment.UtcDateTime));
        var contactRow = dv.Organization.Row("contact", contact);
        Assert.That((contactRow[M.RelativeUrgency], contactRow[M.LastInterestingMomentDesc], contactRow[M.MarketoLeadId]),
            Is.EqualTo((42, "Opened \"Spring\" e-mail & clicked", "4711")));
        Assert.That(dv.Traffic.RequestsOfKind("UpdateMultiple"), Is.EqualTo(2));
    }

    private static async Task<List<DataverseRow>> ReadAllAsync(LoopbackWorker worker, IEnumerable<Guid> ids, bool formattedValues)
    {
        var rows = new List<DataverseRow>();
        await foreach (var page in worker.Get<CurrentRecordReader>().ReadAsync(DataverseTable.Lead, ids, Select, formattedValues))
        {
            Assert.That(page.Outcome.IsSuccess, Is.True, page.Outcome.ToString());
            rows.AddRange(page.Rows);
        }

        return rows;
    }
}

using System.Text.Json;
using Microsoft.Xrm.Sdk;
using MsiDynamics.CompanionService.Service;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.Operations.Backfill;

/// <summary><c>backfill</c> as typed: its help, its refusals, its lines and its JSON.</summary>
public sealed class BackfillCommandTests
{
    [Test]
    public async Task Backfill_help_names_the_tables_the_lane_the_quota_reserve_and_that_it_resumes()
    {
        var (code, output, _) = await CommandRun.InvokeAsync(null, "backfill", "--help");

        Assert.That(code, Is.Zero);
        Assert.That(output, Does.Contain("systemuser, account, lead, contact, opportunity, connection").And.Contain("all")
            .And.Contain("Backfill lane").And.Contain("Drain:BackfillQuotaReserve").And.Contain("resumes").And.Contain("msi_syncsetting"));
    }

    [Test]
    public async Task Backfill_of_a_table_it_does_not_know_is_refused_naming_the_ones_it_knows()
    {
        var (code, _, error) = await CommandRun.InvokeAsync(null, "backfill", "invoice");

        Assert.That(code, Is.Not.Zero);
        Assert.That(error, Does.Contain("invoice").And.Contain("lead"));
    }

    [Test]
    public async Task Backfill_json_reports_each_table_with_both_costs()
    {
        await using var rig = await OperationsRig.StartAsync();
        rig.Org.Seed(new Entity(DataverseSchema.Account.EntityName) { ["name"] = "Fabrikam" });
        rig.Org.Seed(new Entity(DataverseSchema.Account.EntityName) { ["name"] = "Contoso" });

        var (code, output, error) = await CommandRun.InvokeAsync(rig, "backfill", "account", "--json");

        Assert.That(code, Is.EqualTo(DrainExit.Drained), error + output);
        var table = JsonDocument.Parse(output).RootElement.GetProperty("tables").EnumerateArray().Single();
        Assert.That(table.GetProperty("table").GetString(), Is.EqualTo("account"));
        Assert.That(table.GetProperty("enqueued").GetInt64(), Is.EqualTo(2));
        Assert.That(table.GetProperty("finished").GetBoolean(), Is.True);
        Assert.That(table.GetProperty("operations").GetInt64(), Is.GreaterThan(table.GetProperty("requests").GetInt64()));
    }

    [Test]
    public async Task Backfill_with_redirected_output_writes_plain_lines_with_the_forecast_and_the_summary()
    {
        await using var rig = await OperationsRig.StartAsync();
        rig.Org.Seed(new Entity(DataverseSchema.Lead.EntityName) { ["lastname"] = "Lovelace" });

        var (code, output, error) = await CommandRun.InvokeAsync(rig, "backfill", "lead");

        Assert.That(code, Is.EqualTo(DrainExit.Drained), error + output);
        Assert.That(output, Does.Contain("lead: starting, 1 records to page through").And.Contain("at today's quota: 1 day (today)")
            .And.Contain("lead: done, 1 rows queued in the Backfill lane"));
    }
}

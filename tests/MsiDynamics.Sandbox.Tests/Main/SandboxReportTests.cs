using MsiDynamics.CompanionService.Sync.Drain;
using MsiDynamics.Sandbox.Main;
using MsiDynamics.Schema;

namespace MsiDynamics.Sandbox.Tests.Main;

/// <summary>The main job's report, on a small fixed run: what an operator reads after `dotnet run --project Sandbox`.</summary>
public sealed class SandboxReportTests
{
    private static readonly Guid Lead = Guid.Parse("00000000-0000-0000-0000-00000000000a");

    [Test]
    public void A_run_is_reported_per_table_with_its_reasons_grouped_across_records_its_costs_and_the_verdict()
    {
        var run = new SandboxRun(
            [
                new QueueRowEnd("lead", QueueStatus.Succeeded, null),
                new QueueRowEnd("lead", QueueStatus.Superseded, $"Superseded by a later change of lead {Guid.NewGuid()}"),
                new QueueRowEnd("lead", QueueStatus.Superseded, $"Superseded by a later change of lead {Guid.NewGuid()}"),
                new QueueRowEnd("account", QueueStatus.DeadLettered, "Marketo refused the company (1003 Invalid value)."),
                new QueueRowEnd("systemuser", QueueStatus.Succeeded, null),
                new QueueRowEnd("account", QueueStatus.Pending, null),
            ],
            [
                new DrainCycleReport(6, [new DrainRecordResult("lead", Lead, QueueOperation.Upsert, QueueStatus.Succeeded, 1, null, "7")],
                    DrainStop.QuotaExhausted, 4, null, 3, 9),
            ],
            MarketoCalls: 5, DataverseRequests: 3, DataverseOperations: 9, Elapsed: TimeSpan.FromMilliseconds(1250),
            Differences: ["Missing in Marketo: company 'Fabrikam Ltd' (x)."]);
        using var output = new StringWriter();

        SandboxReport.Write(output, run);

        Assert.That(output.ToString().ReplaceLineEndings("\n"), Is.EqualTo(
            """
              table            captured  pushed  superseded  dead-lettered  left due  records pushed
              systemuser              1       1           0              0         0               0
              account                 2       0           0              1         1               0
              lead                    3       1           2              0         0               1
              total                   6       2           2              1         1               1
              account DeadLettered ×1: Marketo refused the company (1003 Invalid value).
              lead Superseded ×2: Superseded by a later change of lead <id>

            Drain: 1 cycles, 6 due rows read, stopped early: QuotaExhausted.
            Marketo: 5 calls (4 counted by the drain).
            Dataverse (the worker's): 3 service protection requests (0.50 per captured row), 9 entitlement operations (1.50 per captured row).
            Time in the drains: 1.25 s.

            Marketo differs from the projection of the CRM state in 1 ways:
              - Missing in Marketo: company 'Fabrikam Ltd' (x).
            1 queue rows are left due.
            FAIL

            """));
    }

    [Test]
    public void A_clean_run_with_every_row_settled_passes()
    {
        var run = new SandboxRun([new QueueRowEnd("lead", QueueStatus.Succeeded, null)], [], 1, 1, 1, TimeSpan.Zero, []);
        using var output = new StringWriter();

        SandboxReport.Write(output, run);

        Assert.That(run.Passed, Is.True);
        Assert.That(output.ToString(), Does.Contain("every object and link matches").And.EndWith("PASS" + Environment.NewLine));
    }
}

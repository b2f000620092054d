using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse;
using MsiDynamics.Emulators.Tests.Dataverse.WebApi;

namespace MsiDynamics.Emulators.Tests.ThirdParty;

/// <summary>
/// DynamicsWebApi 2.5.0, a widely used Dataverse Web API client, unchanged, against the emulator: every operation
/// the worker uses, through the library's public API (tests/third-party/dataverse.mjs; architecture.md §8).
/// </summary>
public sealed class DynamicsWebApiConformanceTests
{
    [Test]
    public async Task DynamicsWebApi_runs_every_operation_the_worker_uses_and_the_rows_it_wrote_are_in_the_store()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new());
        var account = emulator.Seed("account", ("name", "Contoso"));
        var contact = emulator.Seed("contact", ("firstname", "Ada"), ("lastname", "Lovelace"), ("parentcustomerid", new EntityReference("account", account)));
        foreach (var (name, status) in new[] { ("due 1", 1), ("retry 1", 4), ("done 1", 3), ("due 2", 1), ("retry 2", 4) })
        {
            emulator.Seed("msi_syncqueueitem", ("msi_name", name), ("msi_entity", "lead"), ("msi_recordid", Guid.NewGuid().ToString()),
                ("msi_operation", new OptionSetValue(1)), ("msi_status", new OptionSetValue(status)), ("msi_lane", new OptionSetValue(1)));
        }

        var run = await NodeScript.RunAsync("dataverse.mjs", emulator.BaseUrl.ToString(), "worker-token", contact.ToString());

        Assert.That(run.Succeeded, Is.True, run.Summary.ToJsonString() + run.Errors);
        Assert.Multiple(() =>
        {
            Assert.That(run.Step("whoAmI")["userId"]!.GetValue<string>(), Is.EqualTo(emulator.ApplicationUserId.ToString()));
            Assert.That(run.Step("pagedQueryWithIn")["pages"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(run.Step("pagedQueryWithIn")["names"]!.AsArray().Select(n => n!.GetValue<string>()), Is.EqualTo(new[] { "due 1", "retry 1", "due 2", "retry 2" }));
            Assert.That(run.Step("retrieveAllWithOr")["names"]!.AsArray().Select(n => n!.GetValue<string>()), Is.EqualTo(new[] { "retry 2", "retry 1", "due 2", "due 1" }));
            Assert.That(run.Step("queryWithAliases")["names"]!.AsArray().Select(n => n!.GetValue<string>()), Is.EqualTo(new[] { "due 1" }));
            Assert.That(run.Step("queryWithAliases")["statusLabels"]![0]!.GetValue<string>(), Is.Not.Empty);
            Assert.That(run.Step("updateOfAMissingRow")["status"]!.GetValue<int>(), Is.EqualTo(404));
            Assert.That(run.Step("claimBatch")["answers"]!.ToJsonString(), Is.EqualTo("""["ok",412]"""));
            Assert.That(run.Step("retrieveWithAnnotations")["parentTable"]!.GetValue<string>(), Is.EqualTo("account"));
            Assert.That(run.Step("retrieveWithAnnotations")["parentName"]!.GetValue<string>(), Is.EqualTo("Contoso"));
            Assert.That(run.Step("updateWithStaleETag")["status"]!.GetValue<int>(), Is.EqualTo(412));
            Assert.That(run.Step("entityDefinitions")["momentTypeMaxLength"]!.GetValue<int>(), Is.EqualTo(255));
        });
        Assert.That(emulator.Traffic.ResponsesByStatus.Where(s => s.Key >= 400), Is.EquivalentTo(new Dictionary<int, long> { [404] = 1, [412] = 1 }),
            "the missing row and the stale update alone (a $batch answers 200)");
        Assert.That(emulator.Organization.Find("msi_syncqueueitem", Guid.Parse(run.Step("updateOfAMissingRow")["id"]!.GetValue<string>())), Is.Null);
        Assert.That(emulator.Organization.Find("msi_syncqueueitem", Guid.Parse(run.Step("delete")["deleted"]!.GetValue<string>())), Is.Null);
        var setting = emulator.Organization.Rows("msi_syncsetting").Single();
        Assert.That((setting["msi_entity"], setting["msi_enabled"]), Is.EqualTo(("lead", false)));
        var queue = emulator.QueueRows().ToDictionary(r => r.GetAttributeValue<string>("msi_name")!);
        Assert.That(queue["batch create 1"].GetAttributeValue<OptionSetValue>("msi_status")!.Value, Is.EqualTo(3));
        Assert.That(queue.ContainsKey("batch create 2"), Is.True);
        Assert.That(new[] { "due 1", "due 2" }.Select(n => queue[n].GetAttributeValue<string>("msi_lasterror")), Is.EqualTo(new[] { "conformance", "another worker" }));
        Assert.That(new[] { queue["bulk 1"], queue["bulk 2"] }.Select(r => (r.GetAttributeValue<OptionSetValue>("msi_status")!.Value, r["msi_marketoid"])), Is.All.EqualTo((3, "42")));
    }
}

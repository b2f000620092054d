using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using MsiDynamics.Emulators.Marketo;

namespace MsiDynamics.Emulators.Tests.ThirdParty;

/// <summary>
/// node-marketo-rest 0.7.8, a widely used Marketo REST client, unchanged, against the emulator: identity, leads and
/// activities through its public API, and companies, sales persons, opportunities and roles (which it has no API
/// for) through its connection (tests/third-party/marketo.mjs; architecture.md §8).
/// </summary>
public sealed class NodeMarketoRestConformanceTests
{
    [Test]
    public async Task Node_marketo_rest_runs_every_operation_the_worker_uses_and_the_records_it_wrote_are_in_the_store()
    {
        await using var emulator = await MarketoEmulator.StartAsync(new() { ClientId = "conformance-id", ClientSecret = "conformance-secret" });
        var visitor = emulator.SeedLead("visitor@example.com");
        emulator.RecordInterestingMoment(visitor.Id, "Web", "Visited the pricing page", "Web page");

        var run = await NodeScript.RunAsync("marketo.mjs", emulator.BaseUrl.ToString(), "conformance-id", "conformance-secret", visitor.Id.ToString(CultureInfo.InvariantCulture));

        Assert.That(run.Succeeded, Is.True, run.Summary.ToJsonString() + run.Errors);
        Assert.Multiple(() =>
        {
            Assert.That(run.Step("leadCreateOrUpdate")["first"]!.GetValue<string>(), Is.EqualTo("created"));
            Assert.That(run.Step("leadCreateOrUpdate")["second"]!.GetValue<string>(), Is.EqualTo("updated"));
            Assert.That(run.Step("leadFind")["lastName"]!.GetValue<string>(), Is.EqualTo("King"));
            Assert.That(run.Step("activities")["count"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(run.Step("leadFindByPost")["lastName"]!.GetValue<string>(), Is.EqualTo("King"));
            Assert.That(run.Step("describeObjects")["opportunities/roles"]!.ToJsonString(), Is.EqualTo("""["externalOpportunityId","leadId","role"]"""));
            Assert.That(run.Step("opportunityRoles")["deleted"]!.GetValue<string>(), Is.EqualTo("deleted"));
            Assert.That(run.Step("deletes")["lead"]!.GetValue<string>(), Is.EqualTo("deleted"));
        });
        var lead = emulator.Store.FindLead(run.Step("leadCreateOrUpdate")["id"]!.GetValue<int>())!;
        Assert.That((lead["firstName"], lead["lastName"]), Is.EqualTo(("Ada", "King")));
        Assert.That(emulator.Store.FindLead(run.Step("deletes")["deletedLeadId"]!.GetValue<int>()), Is.Null);
        Assert.That(emulator.Store.SalesPersons.Single().ExternalSalesPersonId, Is.EqualTo("sp-1"));
        Assert.That(emulator.Store.Companies.Concat<object>(emulator.Store.Opportunities).Concat(emulator.Store.OpportunityRoles), Is.Empty, "the script deletes what it synced");
        Assert.That(emulator.Traffic.IdentityCalls, Is.EqualTo(1));
        Assert.That(emulator.Traffic.CallsByErrorCode, Is.Empty);
    }

    [Test]
    public async Task Node_marketo_rest_fetches_a_new_token_when_the_emulator_says_its_token_expired()
    {
        // Every reading of the emulator's clock moves it a minute on, so a 30-minute token expires during the run.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow) { AutoAdvanceAmount = TimeSpan.FromMinutes(1) };
        await using var emulator = await MarketoEmulator.StartAsync(new() { TimeProvider = clock, TokenLifetime = TimeSpan.FromMinutes(30) });
        var visitor = emulator.SeedLead("visitor@example.com");
        emulator.RecordInterestingMoment(visitor.Id, "Web", "Visited the pricing page", "Web page");

        var run = await NodeScript.RunAsync("marketo.mjs", emulator.BaseUrl.ToString(), "client", "secret", visitor.Id.ToString(CultureInfo.InvariantCulture));

        Assert.That(run.Succeeded, Is.True, run.Summary.ToJsonString() + run.Errors);
        Assert.That(emulator.Traffic.CallsWithCode("602"), Is.GreaterThan(0));
        Assert.That(emulator.Traffic.IdentityCalls, Is.GreaterThan(1));
    }
}

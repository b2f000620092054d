using MsiDynamics.CompanionService.Marketo.Leads;
using MsiDynamics.CompanionService.Tests.Marketo.Loopback;
using MsiDynamics.CompanionService.Tests.Marketo.Support;
using MsiDynamics.Emulators.Marketo;

namespace MsiDynamics.CompanionService.Tests.Marketo.Leads;

/// <summary>
/// The MSI read asks for <c>relativeScore</c> and <c>relativeScoring</c> both (marketo.md D8), and whether Marketo
/// answers null for the one the instance lacks or refuses the query with 1006 is UNCERTAIN: under either answer
/// the MSI fields come back, and after a 1006 the missing name is left out of later reads.
/// </summary>
public sealed class AbsentFieldTests
{
    [TestCase(MarketoUnknownFieldAnswer.Null, 1)]
    [TestCase(MarketoUnknownFieldAnswer.Refuse1006, 2)]
    public async Task The_MSI_fields_come_back_whichever_way_Marketo_answers_an_unknown_field(MarketoUnknownFieldAnswer answer, int firstReadCalls)
    {
        await using var h = await EmulatorHarness.StartAsync(emulator: o => o.UnknownQueryField = answer);
        var lead = h.Emulator.SeedLead("pat@contoso.com", new Dictionary<string, string?> { ["externalPersonId"] = TestRecordIds.Text("c-1") });
        h.Emulator.RecordInterestingMoment(lead.Id, "Web", "Visited the pricing page", "Web page");

        var first = await h.Client.Leads.GetByExternalPersonIdsAsync([TestRecordIds.Of("c-1")], MarketoLeadFields.IdentityAndMsi);
        var callsAfterFirst = QueryCalls(h);
        var second = await h.Client.Leads.GetByExternalPersonIdsAsync([TestRecordIds.Of("c-1")], MarketoLeadFields.IdentityAndMsi);

        Assert.That(first.Call.IsSuccess && second.Call.IsSuccess, Is.True, first.ToString());
        var msi = first.Items.Single().Msi;
        Assert.That((msi.LastInterestingMomentType, msi.LastInterestingMomentDesc), Is.EqualTo(("Web", "Visited the pricing page")));
        Assert.That(new[] { msi.Priority, msi.RelativeUrgency, msi.RelativeScore }, Has.All.GreaterThan(0));
        Assert.That(second.Items.Single().Msi with { Unreadable = null }, Is.EqualTo(msi));
        Assert.That(callsAfterFirst, Is.EqualTo(firstReadCalls));
        Assert.That(QueryCalls(h) - callsAfterFirst, Is.EqualTo(1), "the absent name is remembered");
    }

    private static long QueryCalls(EmulatorHarness h) =>
        h.Traffic.RecordsByEndpoint.GetValueOrDefault("GET /rest/v1/leads.json");
}

using MsiDynamics.Emulators.Marketo;

namespace MsiDynamics.Emulators.Tests.Marketo;

/// <summary>
/// Each record is checked against its object's describe: a value that does not fit its field's type or length
/// skips that record with 1003 "Invalid value for field '…'" and no id, its neighbours are written and the call
/// succeeds (marketo.md D10).
/// </summary>
public sealed class FieldValidationTests
{
    [TestCase("leads", """{"email":"a@test.com"}""", """{"email":"b@test.com","leadScore":"many"}""", """{"email":"c@test.com"}""", "leadScore")]
    [TestCase("leads", """{"email":"a@test.com"}""", """{"email":"not-an-address"}""", """{"email":"c@test.com"}""", "email")]
    [TestCase("salespersons", """{"externalSalesPersonId":"sp-1"}""", """{"externalSalesPersonId":"sp-2","firstName":"{{long}}"}""", """{"externalSalesPersonId":"sp-3"}""", "firstName")]
    [TestCase("companies", """{"externalCompanyId":"c-1"}""", """{"externalCompanyId":"c-2","numberOfEmployees":"lots"}""", """{"externalCompanyId":"c-3"}""", "numberOfEmployees")]
    [TestCase("opportunities", """{"externalOpportunityId":"o-1","name":"A"}""", """{"externalOpportunityId":"o-2","name":"B","amount":"12c"}""", """{"externalOpportunityId":"o-3","name":"C"}""", "amount")]
    [TestCase("opportunities", """{"externalOpportunityId":"o-1","name":"A"}""", """{"externalOpportunityId":"o-2","name":"B","closeDate":"soon"}""", """{"externalOpportunityId":"o-3","name":"C"}""", "closeDate")]
    [TestCase("opportunities/roles", """{"externalOpportunityId":"opp","leadId":{{lead}},"role":"A"}""", """{"externalOpportunityId":"opp","leadId":{{lead}},"role":"B","isPrimary":"perhaps"}""", """{"externalOpportunityId":"opp","leadId":{{lead}},"role":"C"}""", "isPrimary")]
    public async Task A_value_that_does_not_fit_its_field_skips_only_its_record(string resource, string first, string bad, string third, string field)
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        using var client = await MarketoTestClient.ConnectAsync(emulator);
        var lead = emulator.SeedLead("role@test.com").Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        emulator.SeedOpportunity("opp", "Opp");
        string Fill(string record) => record.Replace("{{long}}", new string('x', 256), StringComparison.Ordinal).Replace("{{lead}}", lead, StringComparison.Ordinal);

        var answer = await client.PostJsonAsync($"rest/v1/{resource}.json", $"{{\"input\":[{Fill(first)},{Fill(bad)},{Fill(third)}]}}");

        var results = MarketoTestClient.Results(answer);
        Assert.That(answer["success"]!.GetValue<bool>(), Is.True);
        Assert.That(results.Select(r => r!["status"]!.GetValue<string>()), Is.EqualTo(new[] { "created", "skipped", "created" }));
        Assert.That(MarketoTestClient.ReasonCode(results[1]), Is.EqualTo("1003"));
        Assert.That(results[1]!["reasons"]![0]!["message"]!.GetValue<string>(), Is.EqualTo($"Invalid value for field '{field}'"));
        Assert.That(results[1]!.AsObject().ContainsKey("id") || results[1]!.AsObject().ContainsKey("marketoGUID"), Is.False);
        Assert.That(StoredCount(emulator, resource), Is.EqualTo(resource == "leads" ? 3 : resource == "opportunities" ? 3 : 2));
    }

    [Test]
    public async Task A_refused_update_leaves_the_stored_record_as_it_was()
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        using var client = await MarketoTestClient.ConnectAsync(emulator);
        var lead = emulator.SeedLead("a@test.com", new Dictionary<string, string?> { ["firstName"] = "Brian" });

        var answer = await client.PostJsonAsync("rest/v1/leads.json",
            $$"""{"action":"updateOnly","lookupField":"id","input":[{"id":{{lead.Id}},"firstName":"Maria","unsubscribed":"other"}]}""");

        Assert.That(MarketoTestClient.ReasonCode(MarketoTestClient.Results(answer)[0]), Is.EqualTo("1003"));
        Assert.That(emulator.Store.FindLead(lead.Id)!["firstName"], Is.EqualTo("Brian"));
    }

    private static int StoredCount(MarketoEmulator emulator, string resource) => resource switch
    {
        "leads" => emulator.Store.Leads.Count,
        "salespersons" => emulator.Store.SalesPersons.Count,
        "companies" => emulator.Store.Companies.Count,
        "opportunities" => emulator.Store.Opportunities.Count,
        _ => emulator.Store.OpportunityRoles.Count,
    };
}

using MsiDynamics.Emulators.Marketo;

namespace MsiDynamics.Emulators.Tests.Marketo;

/// <summary>
/// A lead field an admin deleted from the instance: gone from the describes, and a Sync Leads record carrying it is
/// skipped with 1006 "Field '…' not found" while the records beside it are written (marketo.md §5.3, D8, D10).
/// </summary>
public sealed class RemovedLeadFieldTests
{
    [Test]
    public async Task A_removed_lead_field_is_absent_from_both_describes()
    {
        await using var emulator = await MarketoEmulator.StartAsync(new() { RemovedLeadFields = ["company", "shoeSize"], CustomLeadFields = ["shoeSize"] });
        using var client = await MarketoTestClient.ConnectAsync(emulator);

        var describe = MarketoTestClient.Results(await client.GetAsync("rest/v1/leads/describe.json"))
            .Select(f => f!["rest"]!["name"]!.GetValue<string>()).ToList();
        var describe2 = MarketoTestClient.Results(await client.GetAsync("rest/v1/leads/describe2.json"))[0]!["fields"]!.AsArray()
            .Select(f => f!["name"]!.GetValue<string>()).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(describe, Does.Not.Contain("company").And.Not.Contain("shoeSize").And.Contain("firstName"));
            Assert.That(describe2, Does.Not.Contain("company").And.Not.Contain("shoeSize").And.Contain("firstName"));
        });
    }

    [Test]
    public async Task A_record_carrying_a_removed_field_is_skipped_with_1006_and_its_neighbour_is_written()
    {
        await using var emulator = await MarketoEmulator.StartAsync(new() { RemovedLeadFields = ["company"] });
        using var client = await MarketoTestClient.ConnectAsync(emulator);

        var answer = await client.PostJsonAsync("rest/v1/leads.json",
            """{"action":"createOrUpdate","lookupField":"email","input":[{"email":"a@example.com","company":"Acme"},{"email":"b@example.com","firstName":"Bo"}]}""");
        var results = MarketoTestClient.Results(answer);

        Assert.Multiple(() =>
        {
            Assert.That(MarketoTestClient.ErrorCode(answer), Is.Null);
            Assert.That(MarketoTestClient.ReasonCode(results[0]), Is.EqualTo("1006"));
            Assert.That(results[0]!["reasons"]![0]!["message"]!.GetValue<string>(), Is.EqualTo("Field 'company' not found"));
            Assert.That(results[1]!["status"]!.GetValue<string>(), Is.EqualTo("created"));
            Assert.That(emulator.Store.Leads.Select(l => l.Email), Is.EqualTo(new[] { "b@example.com" }));
        });
    }
}

using MsiDynamics.Emulators.Dataverse;

namespace MsiDynamics.Emulators.Tests.Dataverse.WebApi;

/// <summary>The headers Dataverse sends on every answer (dataverse.md §6 Base and headers, Service protection).</summary>
public sealed class ResponseHeaderTests
{
    [Test]
    public async Task Every_answer_names_its_request_with_one_new_GUID_in_REQ_ID_and_x_ms_service_request_id()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [] });
        using var client = new WebApiClient(emulator);
        using var anonymous = new WebApiClient(emulator, token: null);

        var answers = new[] { await client.GetAsync("WhoAmI"), await client.GetAsync("WhoAmI"), await client.GetAsync("nothings"), await anonymous.GetAsync("WhoAmI") };

        var ids = answers.Select(a => a.Header("REQ_ID")).ToList();
        Assert.That(ids, Has.All.Matches<string?>(id => Guid.TryParse(id, out _)));
        Assert.That(ids, Is.Unique);
        Assert.That(answers.Select(a => a.Header("x-ms-service-request-id")), Is.EqualTo(ids));
        Assert.That(answers.Select(a => a.Header("OData-Version")), Is.All.EqualTo("4.0"));
    }

    [Test]
    public async Task An_admitted_answer_says_how_many_requests_and_how_much_execution_time_the_user_has_left()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [], ExecutionTimePerOperation = TimeSpan.FromSeconds(1) });
        using var client = new WebApiClient(emulator);

        var answer = await client.GetAsync("leads");

        Assert.That(answer.Header("x-ms-ratelimit-burst-remaining-xrm-requests"), Is.EqualTo("5999"));
        Assert.That(answer.Header("x-ms-ratelimit-time-remaining-xrm-requests"), Is.EqualTo("1,199.00"), "seconds, as Dataverse writes them");
    }
}

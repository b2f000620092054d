using System.Net;
using System.Text.Json.Nodes;
using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.CompanionService.Dataverse.Settings;
using MsiDynamics.CompanionService.Tests.Dataverse.Support;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Settings;

/// <summary>architecture.md §4: msi_syncsetting (enabled unless a row says no) and msi_syncstate key/value rows.</summary>
public sealed class SyncSettingsTests
{
    private static readonly Guid StateId = Guid.Parse("00000000-0000-4000-8000-0000000005a7");

    [Test]
    public async Task A_table_without_a_setting_row_is_enabled_and_a_row_saying_no_disables_it()
    {
        await using var h = DataverseClientHarness.Create(_ => StubDataverseResponse.Rows(
        [
            """{"msi_entity":"Contact","msi_enabled":false}""",
            """{"msi_entity":"lead","msi_enabled":true}""",
            """{"msi_entity":"account","msi_enabled":null}""",
            """{"msi_entity":"connection","msi_enabled":false}""",
        ]));

        var settings = await h.Get<SyncSettingsReader>().ReadAsync();

        Assert.That(h.Stub.All.Single().Query["$select"], Is.EqualTo("msi_entity,msi_enabled"));
        Assert.That(settings.Outcome.IsSuccess, Is.True);
        Assert.That(settings.IsEnabled("opportunity"), Is.True, "no row");
        Assert.That(settings.IsEnabled("account"), Is.True, "empty value");
        Assert.That(settings.IsEnabled("lead"), Is.True);
        Assert.That(settings.IsEnabled("contact"), Is.False);
        Assert.That(settings.IsEnabled("connectionrole"), Is.False, "a role follows its connections");
    }

    [Test]
    public async Task Settings_that_cannot_be_read_say_so()
    {
        await using var h = DataverseClientHarness.Create(_ => StubDataverseResponse.Error(HttpStatusCode.Forbidden, "0x80040220", "no privilege"));

        var settings = await h.Get<SyncSettingsReader>().ReadAsync();

        Assert.That(settings.Outcome.Kind, Is.EqualTo(DataverseOutcomeKind.AccessDenied));
    }

    [Test]
    public async Task A_state_value_is_read_by_name_with_the_name_escaped()
    {
        await using var h = DataverseClientHarness.Create(_ => StubDataverseResponse.Rows(
            [$$"""{"@odata.etag":"W/\"9\"","msi_syncstateid":"{{StateId}}","msi_name":"it's","msi_value":"token-42"}"""]));

        var entry = await h.Get<SyncStateStore>().GetAsync("it's");

        Assert.That(h.Stub.All.Single().Query["$filter"], Is.EqualTo("msi_name eq 'it''s'"));
        Assert.That((entry.Value, entry.Id, entry.ETag), Is.EqualTo(("token-42", (Guid?)StateId, "W/\"9\"")));
    }

    [Test]
    public async Task Setting_an_existing_state_patches_it_with_its_ETag_and_a_new_one_is_created()
    {
        await using var h = DataverseClientHarness.Create(r => r.Method == "GET"
            ? StubDataverseResponse.Rows([])
            : StubDataverseResponse.Created($"{DataverseClientHarness.WebApi}msi_syncstates({StateId})"));
        var store = h.Get<SyncStateStore>();

        var existing = new SyncStateEntry("paging", "old", StateId, "W/\"9\"", DataverseOutcome.Succeeded(200));
        await store.SetAsync("paging", "new", existing);
        var created = await store.SetAsync("reconcile", "2026-01-15");

        var patch = h.Stub.All[0];
        Assert.That((patch.Method, patch.RelativePath, patch.Header("If-Match")), Is.EqualTo(("PATCH", $"msi_syncstates({StateId})", "W/\"9\"")));
        Assert.That(JsonNode.Parse(patch.Body)!.ToJsonString(), Is.EqualTo("""{"msi_value":"new"}"""));
        Assert.That(h.Stub.All.Select(r => r.Method), Is.EqualTo(new[] { "PATCH", "GET", "POST" }));
        Assert.That(JsonNode.Parse(h.Stub.All[2].Body)!.ToJsonString(), Is.EqualTo("""{"msi_name":"reconcile","msi_value":"2026-01-15"}"""));
        Assert.That(created.Id, Is.EqualTo(StateId));
    }
}

using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// Breaks links in a running emulator the way real instances get them broken: through the REST API, as a Marketo
/// user's tool, a list import or another integration would (marketo.md §3.2–§3.6), never by touching the store. Each
/// call is an ordinary counted REST call, with the emulator's own client credentials. A refused change throws, naming
/// Marketo's answer: a plant that did not take must not pass for one that did.
/// </summary>
public sealed class MislinkPlanter : IDisposable
{
    private readonly HttpClient _http;
    private readonly MarketoEmulatorOptions _options;
    private string? _token;

    public MislinkPlanter(MarketoEmulator marketo)
    {
        ArgumentNullException.ThrowIfNull(marketo);
        _http = new HttpClient { BaseAddress = marketo.BaseUrl };
        _options = marketo.Options;
    }

    /// <summary>Deletes a company (§3.3 delete by <c>externalCompanyId</c>): its leads and opportunities keep naming it.</summary>
    public Task DeleteCompanyAsync(string externalCompanyId, CancellationToken ct = default) =>
        SendAsync("rest/v1/companies/delete.json", new JsonObject { ["deleteBy"] = "dedupeFields", ["input"] = Keys(("externalCompanyId", externalCompanyId)) }, "deleted", ct);

    /// <summary>
    /// Deletes a sales person (§3.2 delete by <c>externalSalesPersonId</c>): allowed while no lead uses it, so companies
    /// and opportunities that name it keep naming it. Throws when Marketo skips it as in use.
    /// </summary>
    public Task DeleteSalesPersonAsync(string externalSalesPersonId, CancellationToken ct = default) =>
        SendAsync("rest/v1/salespersons/delete.json", new JsonObject { ["deleteBy"] = "dedupeFields", ["input"] = Keys(("externalSalesPersonId", externalSalesPersonId)) }, "deleted", ct);

    /// <summary>Changes a sales person's e-mail (§3.2 sync, <c>createOrUpdate</c> by <c>externalSalesPersonId</c>), as a Marketo admin editing it would.</summary>
    public Task ChangeSalesPersonEmailAsync(string externalSalesPersonId, string email, CancellationToken ct = default) =>
        SendAsync("rest/v1/salespersons.json", Sync(("externalSalesPersonId", externalSalesPersonId), ("email", email)), "updated", ct);

    /// <summary>Points a company at another sales person (§3.3 sync), as an import keyed by another id would.</summary>
    public Task RelinkCompanyAsync(string externalCompanyId, string externalSalesPersonId, CancellationToken ct = default) =>
        SendAsync("rest/v1/companies.json", Sync(("externalCompanyId", externalCompanyId), ("externalSalesPersonId", externalSalesPersonId)), "updated", ct);

    /// <summary>Sets a lead's <paramref name="field"/> (<c>externalCompanyId</c> or <c>externalSalesPersonId</c>) by its Marketo id (§3.4 <c>updateOnly</c>, <c>lookupField=id</c>).</summary>
    public Task RelinkLeadAsync(int leadId, string field, string value, CancellationToken ct = default) =>
        SendAsync("rest/v1/leads.json", new JsonObject
        {
            ["action"] = "updateOnly", ["lookupField"] = "id", ["input"] = new JsonArray(new JsonObject { ["id"] = leadId, [field] = value }),
        }, "updated", ct);

    /// <summary>Sets an opportunity's <paramref name="field"/> (<c>externalCompanyId</c> or <c>externalSalesPersonId</c>; §3.5 sync).</summary>
    public Task RelinkOpportunityAsync(string externalOpportunityId, string field, string value, CancellationToken ct = default) =>
        SendAsync("rest/v1/opportunities.json", Sync(("externalOpportunityId", externalOpportunityId), (field, value)), "updated", ct);

    /// <summary>Deletes a lead by its Marketo id (§3.4): opportunity roles that name it keep naming it.</summary>
    public Task DeleteLeadAsync(int leadId, CancellationToken ct = default) =>
        SendAsync("rest/v1/leads/delete.json", new JsonObject { ["input"] = new JsonArray(new JsonObject { ["id"] = leadId }) }, "deleted", ct);

    /// <summary>Deletes an opportunity (§3.5): its roles keep naming it.</summary>
    public Task DeleteOpportunityAsync(string externalOpportunityId, CancellationToken ct = default) =>
        SendAsync("rest/v1/opportunities/delete.json", new JsonObject { ["deleteBy"] = "dedupeFields", ["input"] = Keys(("externalOpportunityId", externalOpportunityId)) }, "deleted", ct);

    /// <summary>
    /// Moves an opportunity role to another lead: deletes (opportunity, <paramref name="leadId"/>, role) and creates the
    /// role on <paramref name="otherLeadId"/> (§3.6; the key is not updateable, Decision 7), as after a merge of duplicates.
    /// </summary>
    public async Task MoveRoleAsync(string externalOpportunityId, int leadId, string role, int otherLeadId, CancellationToken ct = default)
    {
        await SendAsync("rest/v1/opportunities/roles/delete.json", new JsonObject
        {
            ["deleteBy"] = "dedupeFields",
            ["input"] = new JsonArray(new JsonObject { ["externalOpportunityId"] = externalOpportunityId, ["leadId"] = leadId, ["role"] = role }),
        }, "deleted", ct);
        await SendAsync("rest/v1/opportunities/roles.json", new JsonObject
        {
            ["action"] = "createOrUpdate",
            ["input"] = new JsonArray(new JsonObject { ["externalOpportunityId"] = externalOpportunityId, ["leadId"] = otherLeadId, ["role"] = role, ["isPrimary"] = false }),
        }, "created", ct);
    }

    public void Dispose() => _http.Dispose();

    private static JsonObject Sync(params (string Field, string Value)[] fields)
    {
        var record = new JsonObject();
        foreach (var (field, value) in fields)
        {
            record[field] = value;
        }

        return new JsonObject { ["action"] = "createOrUpdate", ["dedupeBy"] = "dedupeFields", ["input"] = new JsonArray(record) };
    }

    private static JsonArray Keys((string Field, string Value) key) => new(new JsonObject { [key.Field] = key.Value });

    private async Task SendAsync(string path, JsonObject body, string status, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await TokenAsync(ct));
        using var response = await _http.SendAsync(request, ct);
        var answer = await response.Content.ReadFromJsonAsync<JsonObject>(ct);
        var result = answer?["result"] is JsonArray { Count: 1 } results ? results[0] : null;
        if (answer?["success"]?.GetValue<bool>() != true || result?["status"]?.GetValue<string>() != status)
        {
            throw new InvalidOperationException($"Marketo did not take the plant at {path}: {answer?.ToJsonString()}");
        }
    }

    private async Task<string> TokenAsync(CancellationToken ct)
    {
        if (_token is { } token)
        {
            return token;
        }

        var path = $"identity/oauth/token?grant_type=client_credentials&client_id={Uri.EscapeDataString(_options.ClientId ?? string.Empty)}&client_secret={Uri.EscapeDataString(_options.ClientSecret ?? string.Empty)}";
        var answer = await _http.GetFromJsonAsync<JsonObject>(path, ct);
        return _token = answer?["access_token"]?.GetValue<string>() ?? throw new InvalidOperationException("The emulator issued no token.");
    }
}

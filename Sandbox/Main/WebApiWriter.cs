using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace MsiDynamics.Sandbox.Main;

/// <summary>
/// Writes rows through the Dataverse Web API as a CRM user's client would: a POST per create, a PATCH with
/// <c>If-Match: *</c> per update (so an update never creates, dataverse.md §0.7), a DELETE per delete. Each write runs
/// the registered plug-in steps in the emulator, so the queue fills as it would in Dynamics. A refused write is a
/// mistake in the seed, not a product outcome, so it throws with Dataverse's answer.
/// </summary>
internal sealed class WebApiWriter(HttpClient http)
{
    /// <summary>Writes done so far.</summary>
    public int Writes { get; private set; }

    /// <summary>The bearer token sent with every later write: the user the rows are created by.</summary>
    public void ActAs(string token) => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

    public Task CreateAsync(string entitySet, JsonObject row, CancellationToken cancellationToken) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, entitySet) { Content = Json(row) }, cancellationToken);

    public Task UpdateAsync(string entitySet, Guid id, JsonObject changes, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, $"{entitySet}({id:D})") { Content = Json(changes) };
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Any);
        return SendAsync(request, cancellationToken);
    }

    public Task DeleteAsync(string entitySet, Guid id, CancellationToken cancellationToken) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Delete, $"{entitySet}({id:D})"), cancellationToken);

    private static StringContent Json(JsonObject row) => new(row.ToJsonString(), Encoding.UTF8, "application/json");

    private async Task SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            using var response = await http.SendAsync(request, cancellationToken);
            Writes++;
            if (!response.IsSuccessStatusCode)
            {
                var answer = await response.Content.ReadAsStringAsync(cancellationToken);
                throw new InvalidOperationException(
                    $"The seed's {request.Method} {request.RequestUri} was refused ({(int)response.StatusCode}): {answer}");
            }
        }
    }
}

using System.Text;
using System.Text.RegularExpressions;

namespace MsiDynamics.CompanionService.Tests.Sync.Drain;

/// <summary>
/// A handler on the worker's Marketo calls that runs <see cref="Next"/> once, with the ids of the leads Marketo created,
/// after the first lead push that created any and before the drain reads its answer: what happens in Marketo and in the
/// write-back in the seconds between a push and its ids' write to Dynamics.
/// </summary>
internal sealed partial class PushAnswerHook : DelegatingHandler
{
    public Func<IReadOnlyList<int>, Task>? Next { get; set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (Next is not { } next || !request.RequestUri!.AbsolutePath.EndsWith("/leads.json", StringComparison.Ordinal) || request.Method != HttpMethod.Post
            || request.RequestUri.Query.Contains("_method=GET", StringComparison.Ordinal))
        {
            return response;
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        response.Content = new StringContent(body, Encoding.UTF8, "application/json");
        var created = Created().Matches(body).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        if (created.Count > 0)
        {
            Next = null;
            await next(created);
        }

        return response;
    }

    [GeneratedRegex("\"id\":(\\d+),\"status\":\"created\"")]
    private static partial Regex Created();
}

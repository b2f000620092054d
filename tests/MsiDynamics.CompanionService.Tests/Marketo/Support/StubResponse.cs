using System.Net;

namespace MsiDynamics.CompanionService.Tests.Marketo.Support;

/// <summary>What the stub answers to one REST request.</summary>
internal sealed record StubResponse(HttpStatusCode Status, string Body, bool DropConnection = false)
{
    public static StubResponse Ok(string body) => new(HttpStatusCode.OK, body);

    public static StubResponse Error(string code, string message) =>
        Ok($$"""{"requestId":"e42b#1","success":false,"errors":[{"code":"{{code}}","message":"{{message}}"}]}""");

    public static StubResponse Results(params string[] results) =>
        Ok($$"""{"requestId":"e42b#1","success":true,"result":[{{string.Join(',', results)}}]}""");

    public static StubResponse Http(HttpStatusCode status) => new(status, "<html><body>Bad gateway</body></html>");

    public static StubResponse Dropped() => new(HttpStatusCode.OK, string.Empty, DropConnection: true);
}

using MsiDynamics.CompanionService.Dataverse.Queue;
using MsiDynamics.CompanionService.Tests.Dataverse.Loopback;
using Q = MsiDynamics.Schema.DataverseSchema.SyncQueueItem;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Queue;

/// <summary>
/// <c>msi_lasterror</c> is read by people in Dynamics and is never a secret (architecture.md §4, §6): a bearer token or a
/// <c>client_secret</c>, <c>access_token</c>, <c>refresh_token</c>, <c>password</c> or <c>secret</c> value that slipped
/// into a failure reason is blanked, however the name is spelt, before the row is written.
/// </summary>
public sealed class LastErrorScrubbingTests
{
    private const string Value = "Zq7-s3cr3t.VALUE~42";

    [TestCase("Authorization: Bearer {0}")]
    [TestCase("authorization: bearer {0}")]
    [TestCase("AUTHORIZATION: BEARER   {0}==")]
    [TestCase("GET /identity/oauth/token?grant_type=client_credentials&client_secret={0}&client_id=x")]
    [TestCase("CLIENT_SECRET = {0}")]
    [TestCase("Client_Secret:{0}")]
    [TestCase("GET /rest/v1/leads.json?access_token={0}")]
    [TestCase("Access_Token: {0}")]
    [TestCase("ACCESS_TOKEN={0}")]
    [TestCase("refresh_token={0}")]
    [TestCase("Refresh_Token : {0}")]
    [TestCase("password={0}")]
    [TestCase("Password: {0}")]
    [TestCase("PASSWORD = {0}")]
    [TestCase("secret={0}")]
    [TestCase("Secret: {0}")]
    [TestCase("SECRET={0}")]
    public void A_secret_in_a_failure_reason_is_blanked_in_the_column_written_to_the_queue_row(string leak)
    {
        var reason = "Marketo call failed (" + string.Format(System.Globalization.CultureInfo.InvariantCulture, leak, Value) + "); will retry";

        var written = (string?)QueueCompletion.DeadLettered(Guid.NewGuid(), 3, reason).ToColumns()[Q.LastError];

        Assert.That(written, Does.Not.Contain(Value).And.Not.Contain("s3cr3t"));
        Assert.That(written, Does.Contain("(redacted)"));
        Assert.That(written, Does.StartWith("Marketo call failed (").And.EndWith("); will retry"), "the rest of the reason stays readable");
    }

    [TestCase("access_token")]
    [TestCase("Access_Token")]
    [TestCase("client_secret")]
    [TestCase("PASSWORD")]
    public void A_secret_quoted_as_a_JSON_property_is_blanked_too(string name)
    {
        var reason = $$"""Marketo identity answered {"{{name}}":"{{Value}}","token_type":"bearer","expires_in":3599}""";

        var written = (string?)QueueCompletion.RetryScheduled(Guid.NewGuid(), 1, DateTimeOffset.UnixEpoch, reason).ToColumns()[Q.LastError];

        Assert.That(written, Does.Not.Contain(Value).And.Contain("(redacted)").And.Contain("expires_in"));
    }

    [Test]
    public void A_reason_without_a_secret_is_stored_as_it_was_given()
    {
        const string reason = "Marketo 1003: invalid email 'bo@example.com'; password policy: n/a";

        var written = (string?)QueueCompletion.DeadLettered(Guid.NewGuid(), 1, reason).ToColumns()[Q.LastError];

        Assert.That(written, Is.EqualTo(reason));
    }

    [Test]
    public async Task A_queue_row_completed_over_the_Web_API_stores_the_reason_without_its_secrets()
    {
        await using var dv = await LoopbackDataverse.StartAsync();
        var id = dv.Organization.SeedQueueRow();
        var reason = $"HTTP 401 for GET leads.json: Authorization: BEARER {Value}; retried with Client_Secret={Value}x and PASSWORD: {Value}y";

        var done = await dv.Worker.Queue.CompleteAsync([QueueCompletion.DeadLettered(id, 5, reason)]);

        Assert.That(done.AllSucceeded, Is.True, done.ToString());
        var stored = (string?)dv.Organization.Row(Q.EntityName, id)[Q.LastError];
        Assert.That(stored, Does.StartWith("HTTP 401 for GET leads.json").And.Not.Contain(Value).And.Not.Contain("s3cr3t"));
    }
}

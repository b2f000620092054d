using MsiDynamics.CompanionService.Marketo.Leads;
using MsiDynamics.CompanionService.Tests.Marketo.Support;
using MsiDynamics.Emulators.Marketo;

namespace MsiDynamics.CompanionService.Tests.Marketo.Identity;

/// <summary>
/// What Marketo answers a call that arrives without any token is UNCERTAIN (601, 600 "Empty access token" or
/// HTTP 401, marketo.md §1): whichever it is, the client re-authenticates once and the call goes through.
/// </summary>
public sealed class MissingTokenTests
{
    [TestCase(MarketoMissingTokenAnswer.Code601)]
    [TestCase(MarketoMissingTokenAnswer.Code600)]
    [TestCase(MarketoMissingTokenAnswer.Http401)]
    public async Task A_call_that_lost_its_token_on_the_way_is_sent_again_with_a_fresh_one(MarketoMissingTokenAnswer answer)
    {
        await using var emulator = await MarketoEmulator.StartAsync(new()
        {
            ClientId = MarketoClientHarness.ClientId,
            ClientSecret = MarketoClientHarness.ClientSecret,
            MissingToken = answer,
        });
        emulator.SeedLead("pat@contoso.com");
        await using var harness = MarketoClientHarness.Create(emulator.BaseUrl, extraHandler: () => new FirstTokenDroppingHandler());

        var page = await harness.Client.Leads.GetByIdsAsync([emulator.Store.Leads[0].Id], MarketoLeadFields.Identity);

        Assert.That(page.Call.IsSuccess, Is.True, page.ToString());
        Assert.That(page.Items.Single().Email, Is.EqualTo("pat@contoso.com"));
        Assert.That(emulator.Traffic.IdentityCalls, Is.EqualTo(2), "one token, then a fresh one after the refusal");
    }

    /// <summary>Sends the first REST call without its Authorization header, as a proxy that strips it would.</summary>
    private sealed class FirstTokenDroppingHandler : DelegatingHandler
    {
        private int _restCalls;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri?.AbsolutePath.StartsWith("/rest/", StringComparison.Ordinal) == true
                && Interlocked.Increment(ref _restCalls) == 1)
            {
                request.Headers.Authorization = null;
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}

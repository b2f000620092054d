using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Marketo.Errors;
using MsiDynamics.CompanionService.Marketo.Transport;

namespace MsiDynamics.CompanionService.Tests.Marketo.Errors;

// Verdicts are internal types, so the public fixture receives them boxed.
/// <summary>The one table of marketo.md §5.2/§5.3, row by row.</summary>
public sealed class MarketoErrorClassifierTests
{
    [TestCase(200, null, MarketoErrorClass.None)]
    [TestCase(0, null, MarketoErrorClass.RetryAfterDelay, TestName = "No response (timeout or dropped connection) is retried")]
    [TestCase(500, null, MarketoErrorClass.RetryAfterDelay)]
    [TestCase(502, null, MarketoErrorClass.RetryAfterDelay)]
    [TestCase(503, null, MarketoErrorClass.RetryAfterDelay)]
    [TestCase(408, null, MarketoErrorClass.RetryAfterDelay)]
    [TestCase(401, null, MarketoErrorClass.StopRun, TestName = "Identity 401 (bad credentials) stops the run")]
    [TestCase(413, null, MarketoErrorClass.StopRun)]
    [TestCase(414, null, MarketoErrorClass.StopRun)]
    [TestCase(200, "601", MarketoErrorClass.RefreshTokenAndRetry)]
    [TestCase(200, "602", MarketoErrorClass.RefreshTokenAndRetry)]
    [TestCase(200, "606", MarketoErrorClass.WaitOutRateWindow)]
    [TestCase(200, "615", MarketoErrorClass.RetryAfterDelay)]
    [TestCase(200, "604", MarketoErrorClass.RetryAfterDelay)]
    [TestCase(200, "608", MarketoErrorClass.RetryAfterDelay)]
    [TestCase(200, "611", MarketoErrorClass.RetryAfterDelay)]
    [TestCase(200, "614", MarketoErrorClass.RetryAfterDelay)]
    [TestCase(200, "713", MarketoErrorClass.RetryAfterDelay)]
    [TestCase(200, "718", MarketoErrorClass.RetryAfterDelay)]
    [TestCase(200, "607", MarketoErrorClass.QuotaExhausted)]
    [TestCase(200, "603", MarketoErrorClass.StopRun)]
    [TestCase(200, "605", MarketoErrorClass.StopRun)]
    [TestCase(200, "609", MarketoErrorClass.StopRun)]
    [TestCase(200, "610", MarketoErrorClass.StopRun)]
    [TestCase(200, "612", MarketoErrorClass.StopRun)]
    [TestCase(200, "616", MarketoErrorClass.StopRun)]
    [TestCase(200, "703", MarketoErrorClass.StopRun)]
    [TestCase(200, "699", MarketoErrorClass.StopRun, TestName = "An unknown response code stops the run rather than burning quota")]
    [TestCase(200, "702", MarketoErrorClass.EmptyResult)]
    [TestCase(200, "701", MarketoErrorClass.RejectRecord)]
    [TestCase(200, "704", MarketoErrorClass.RejectRecord)]
    [TestCase(200, "709", MarketoErrorClass.RejectRecord)]
    [TestCase(200, "1003", MarketoErrorClass.RejectRecord)]
    [TestCase(200, "1004", MarketoErrorClass.RejectRecord)]
    [TestCase(200, "1006", MarketoErrorClass.RejectRecord)]
    [TestCase(200, "1007", MarketoErrorClass.RejectRecord)]
    [TestCase(200, "1036", MarketoErrorClass.RejectRecord)]
    [TestCase(200, "1013", MarketoErrorClass.RejectRecord)]
    [TestCase(200, "1014", MarketoErrorClass.RetryRecordLater)]
    [TestCase(200, "1022", MarketoErrorClass.RetryRecordLater)]
    [TestCase(200, "1029", MarketoErrorClass.RetryRecordLater)]
    [TestCase(503, "606", MarketoErrorClass.WaitOutRateWindow, TestName = "The Marketo code decides over the HTTP status")]
    public void Each_answer_has_one_verdict(int status, string? code, object expected) =>
        Assert.That(MarketoErrorClassifier.Classify(status, code, MarketoOperationKind.Upsert), Is.EqualTo((MarketoErrorClass)expected));

    [TestCase(MarketoOperationKind.Delete, MarketoErrorClass.AlreadyGone)]
    [TestCase(MarketoOperationKind.Upsert, MarketoErrorClass.RejectRecord)]
    [TestCase(MarketoOperationKind.Read, MarketoErrorClass.RejectRecord)]
    public void Record_not_found_means_already_gone_only_on_a_delete(object kind, object expected) =>
        Assert.That(MarketoErrorClassifier.Classify(200, "1013", (MarketoOperationKind)kind), Is.EqualTo((MarketoErrorClass)expected));

    [TestCase("601", true)]
    [TestCase("602", true)]
    [TestCase("604", true)]
    [TestCase("605", true)]
    [TestCase("608", true)]
    [TestCase("611", true)]
    [TestCase("606", false)]
    [TestCase("615", false)]
    [TestCase(null, false)]
    public void Only_the_documented_codes_are_free_of_quota(string? code, bool free) =>
        Assert.That(MarketoErrorCodes.IsFreeOfQuota(code), Is.EqualTo(free));
}

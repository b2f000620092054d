using Microsoft.Xrm.Sdk;

namespace MsiDynamics.XrmSdk.Tests;

/// <summary>InvalidPluginExecutionException's defaults and constructors (dataverse.md §1.3, §1.4).</summary>
public class InvalidPluginExecutionExceptionTests
{
    [Test]
    public void A_message_only_exception_has_status_Failed_and_no_http_status()
    {
        var exception = new InvalidPluginExecutionException("m");

        Assert.Multiple(() =>
        {
            Assert.That(exception.Message, Is.EqualTo("m"));
            Assert.That(exception.Status, Is.EqualTo(OperationStatus.Failed));
            Assert.That(exception.HttpStatus, Is.EqualTo(PluginHttpStatusCode.NotSet));
            Assert.That(exception.ExceptionDetails, Is.Not.Null.And.Empty);
        });
    }

    [Test]
    public void Status_error_code_message_and_http_status_are_kept()
    {
        var exception = new InvalidPluginExecutionException(OperationStatus.Retry, 42, "busy", PluginHttpStatusCode.ServiceUnavailable);

        Assert.That(
            (exception.Status, exception.ErrorCode, exception.Message, exception.HttpStatus),
            Is.EqualTo((OperationStatus.Retry, 42, "busy", PluginHttpStatusCode.ServiceUnavailable)));
    }

    [Test]
    public void The_inner_exception_is_kept()
    {
        var inner = new TimeoutException();

        Assert.That(new InvalidPluginExecutionException("m", inner).InnerException, Is.SameAs(inner));
    }

    [Test]
    public void Exception_details_are_copied()
    {
        var details = new Dictionary<string, string> { ["record"] = "contact 1" };

        var exception = new InvalidPluginExecutionException("m", PluginHttpStatusCode.Conflict, details);
        details.Clear();

        Assert.Multiple(() =>
        {
            Assert.That(exception.ExceptionDetails["record"], Is.EqualTo("contact 1"));
            Assert.That(exception.HttpStatus, Is.EqualTo(PluginHttpStatusCode.Conflict));
        });
    }

    [TestCase(OperationStatus.Canceled)]
    [TestCase(OperationStatus.Suspended)]
    public void A_status_only_exception_keeps_its_status(OperationStatus status) =>
        Assert.That(new InvalidPluginExecutionException(status).Status, Is.EqualTo(status));

    [Test]
    public void The_class_is_serializable_and_sealed()
    {
        Assert.Multiple(() =>
        {
            Assert.That(typeof(InvalidPluginExecutionException).IsDefined(typeof(SerializableAttribute), inherit: false), Is.True);
            Assert.That(typeof(InvalidPluginExecutionException).IsSealed, Is.True);
        });
    }
}

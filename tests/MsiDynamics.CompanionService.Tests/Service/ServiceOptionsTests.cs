using MsiDynamics.CompanionService.Service;

namespace MsiDynamics.CompanionService.Tests.Service;

/// <summary>The worker's own settings are checked at start, and each failure names the setting to fix without echoing its value.</summary>
public sealed class ServiceOptionsTests
{
    [Test]
    public void Idle_polling_settings_that_cannot_work_are_named()
    {
        var result = new DrainPollingOptionsValidator().Validate(null, new DrainPollingOptions
        {
            IdleInterval = TimeSpan.FromSeconds(5), FirstIdleDelay = TimeSpan.FromSeconds(10),
        });

        Assert.That(result.Failures, Is.EqualTo(new[] { "Drain:FirstIdleDelay must not exceed Drain:IdleInterval: shorten it or lengthen Drain:IdleInterval." }));
    }

    [Test]
    public void Endpoint_settings_are_named_and_a_short_wake_key_is_refused_without_being_shown()
    {
        var result = new EndpointsOptionsValidator().Validate(null, new EndpointsOptions
        {
            Urls = "127.0.0.1:5080", WakeKey = "short-key-123", WakeKeyHeader = " ", WakePermitLimit = 0, WakeWindow = TimeSpan.Zero,
        });

        Assert.That(result.Failures!.Select(f => f.Split(' ')[0]), Is.EqualTo(new[]
        {
            "Endpoints:Urls", "Endpoints:WakeKey", "Endpoints:WakeKeyHeader", "Endpoints:WakePermitLimit", "Endpoints:WakeWindow",
        }));
        Assert.That(result.FailureMessage, Does.Not.Contain("short-key-123"));
    }

    [Test]
    public void Disabled_endpoints_need_no_endpoint_settings()
    {
        var result = new EndpointsOptionsValidator().Validate(null, new EndpointsOptions { Enabled = false, Urls = string.Empty, WakeKey = "x" });

        Assert.That(result.Succeeded, Is.True);
    }

    [Test]
    public void Telemetry_settings_are_named()
    {
        var result = new TelemetryOptionsValidator().Validate(null, new TelemetryOptions
        {
            OtlpEndpoint = new Uri("/v1/metrics", UriKind.Relative), Prometheus = true, PrometheusPath = "metrics",
        });

        Assert.That(result.Failures!.Select(f => f.Split(' ')[0]), Is.EqualTo(new[] { "Telemetry:OtlpEndpoint", "Telemetry:PrometheusPath" }));
    }
}

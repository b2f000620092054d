using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Marketo;

namespace MsiDynamics.CompanionService.Tests.Marketo;

/// <summary>architecture.md §6: only https base URLs except loopback; credentials required; limits within Marketo's.</summary>
public sealed class MarketoOptionsValidatorTests
{
    [TestCase("https://123-ABC-456.mktorest.com", true)]
    [TestCase("http://127.0.0.1:5055/", true, TestName = "Loopback may use http (the emulator)")]
    [TestCase("http://localhost:5055/", true)]
    [TestCase("http://[::1]:5055/", true)]
    [TestCase("http://123-ABC-456.mktorest.com", false)]
    [TestCase("ftp://123-ABC-456.mktorest.com", false)]
    [TestCase("https://123-ABC-456.mktorest.com/?access_token=x", false)]
    public void The_base_url_must_be_https_unless_loopback(string url, bool valid) =>
        Assert.That(Validate(o => o.BaseUrl = new Uri(url)).Succeeded, Is.EqualTo(valid));

    [TestCase(nameof(MarketoOptions.ClientId), "Marketo:ClientId")]
    [TestCase(nameof(MarketoOptions.ClientSecret), "Marketo:ClientSecret")]
    public void Missing_credentials_name_the_setting(string property, string setting)
    {
        var result = Validate(o => typeof(MarketoOptions).GetProperty(property)!.SetValue(o, " "));

        Assert.That(result.Failed, Is.True);
        Assert.That(result.FailureMessage, Does.Contain(setting));
    }

    [TestCase(0, 5, false)]
    [TestCase(50, 5, true)]
    [TestCase(100, 10, true)]
    [TestCase(101, 5, false, TestName = "More than Marketo's 100 calls per 20 s is refused")]
    [TestCase(50, 11, false, TestName = "More than Marketo's 10 concurrent calls is refused")]
    public void Limits_stay_within_Marketos(int callsPer20Seconds, int concurrent, bool valid) =>
        Assert.That(Validate(o => { o.CallsPer20Seconds = callsPer20Seconds; o.MaxConcurrentCalls = concurrent; }).Succeeded,
            Is.EqualTo(valid));

    [TestCase(10_000, 1_000, true)]
    [TestCase(10_000, 10_000, false)]
    [TestCase(10_000, -1, false)]
    [TestCase(0, 0, false)]
    public void The_reserve_must_leave_some_quota(long quota, long reserve, bool valid) =>
        Assert.That(Validate(o => { o.DailyQuota = quota; o.DailyQuotaReserve = reserve; }).Succeeded, Is.EqualTo(valid));

    [Test]
    public void Defaults_are_Marketos_guidance_for_one_integration()
    {
        var o = new MarketoOptions();

        Assert.That((o.CallsPer20Seconds, o.MaxConcurrentCalls, o.BatchSize, o.RateWindow), Is.EqualTo((50, 5, 300, TimeSpan.FromSeconds(20))));
    }

    [Test]
    public void Options_bind_from_the_Marketo_section_with_durations_as_TimeSpan()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Marketo:BaseUrl"] = "https://123-ABC-456.mktorest.com",
            ["Marketo:ClientId"] = "id",
            ["Marketo:ClientSecret"] = "secret",
            ["Marketo:CallsPer20Seconds"] = "40",
            ["Marketo:RequestTimeout"] = "00:01:30",
        }).Build();
        var services = new ServiceCollection();
        services.AddMarketoClient(configuration);
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<MarketoOptions>>().Value;

        Assert.That((options.CallsPer20Seconds, options.RequestTimeout), Is.EqualTo((40, TimeSpan.FromSeconds(90))));
    }

    [Test]
    public void Invalid_options_fail_with_every_problem_named()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Marketo:BaseUrl"] = "http://marketo.example.com",
        }).Build();
        var services = new ServiceCollection();
        services.AddMarketoClient(configuration);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => _ = provider.GetRequiredService<IOptions<MarketoOptions>>().Value);

        Assert.That(error!.Failures, Has.Exactly(3).Items);
        Assert.That(error.Message, Does.Contain("Marketo:BaseUrl must use https"));
    }

    private static ValidateOptionsResult Validate(Action<MarketoOptions> change)
    {
        var options = new MarketoOptions { BaseUrl = new Uri("https://123-ABC-456.mktorest.com"), ClientId = "id", ClientSecret = "secret" };
        change(options);
        return new MarketoOptionsValidator().Validate(null, options);
    }
}

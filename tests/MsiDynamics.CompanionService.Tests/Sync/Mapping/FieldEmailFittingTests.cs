using MsiDynamics.CompanionService.Sync.Mapping;
using static MsiDynamics.CompanionService.Tests.Sync.Mapping.FieldTextFittingTests;

namespace MsiDynamics.CompanionService.Tests.Sync.Mapping;

/// <summary>E-mail addresses checked as loosely as Marketo checks an email field (marketo.md D10).</summary>
public sealed class FieldEmailFittingTests
{
    [TestCase("pat@contoso.com", "pat@contoso.com")]
    [TestCase(" pat.o'neil+news@mail.contoso.co.uk ", "pat.o'neil+news@mail.contoso.co.uk")]
    public void An_address_Marketo_takes_is_sent_without_surrounding_spaces(string address, string sent)
    {
        Assert.That(MarketoFieldFitter.Fit(Field("email", 255, "email"), "emailaddress1", address).Value!.GetValue<string>(), Is.EqualTo(sent));
    }

    [TestCase("bademail", "one '@'")]
    [TestCase("@contoso.com", "one '@'")]
    [TestCase("pat@@contoso.com", "one '@'")]
    [TestCase("pat@contoso", "a domain with a dot")]
    [TestCase("pat@.com", "a domain with a dot")]
    [TestCase("pat@contoso.com.", "a domain with a dot")]
    [TestCase("pat smith@contoso.com", "ASCII")]
    [TestCase("zoë@contoso.com", "ASCII")]
    public void An_address_Marketo_would_refuse_is_a_mapping_error_saying_why(string address, string why)
    {
        var fit = MarketoFieldFitter.Fit(Field("email", 255, "email"), "emailaddress1", address);

        Assert.That(fit.Error, Does.StartWith($"emailaddress1 value '{address}' cannot be sent to Marketo field 'email' (email): ").And.Contain(why));
    }

    [Test]
    public void An_address_longer_than_the_field_is_refused_rather_than_cut()
    {
        var fit = MarketoFieldFitter.Fit(Field("email", 20, "email"), "emailaddress1", "patricia.longname@contoso.com");

        Assert.That((fit.Fits, fit.Cut), Is.EqualTo((false, (TextCut?)null)));
        Assert.That(fit.Error, Does.Contain("never cut").And.Contain("20 characters"));
    }

    [Test]
    public void A_value_that_is_not_text_is_refused_by_an_email_field()
    {
        Assert.That(MarketoFieldFitter.Fit(Field("email", 255), "c", 42).Error, Does.EndWith("(email): it is not an e-mail address."));
    }
}

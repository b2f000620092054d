using MsiDynamics.CompanionService.Dataverse.Identity;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Identity;

/// <summary>dataverse.md §6: the client-credentials scope is "{org url}/.default".</summary>
public sealed class DataverseScopeTests
{
    [TestCase("https://contoso.crm.dynamics.com/", "https://contoso.crm.dynamics.com/.default")]
    [TestCase("https://contoso.crm.dynamics.com", "https://contoso.crm.dynamics.com/.default")]
    [TestCase("https://Contoso.CRM4.dynamics.com/", "https://contoso.crm4.dynamics.com/.default")]
    [TestCase("http://127.0.0.1:5123/", "http://127.0.0.1:5123/.default")]
    public void The_scope_is_the_environment_url_with_dot_default(string url, string scope)
    {
        Assert.That(DataverseScope.For(new Uri(url)), Is.EqualTo(scope));
    }

    [Test]
    public void The_authority_is_the_tenant_on_login_microsoftonline_com()
    {
        Assert.That(DataverseScope.Authority("contoso.onmicrosoft.com"), Is.EqualTo("https://login.microsoftonline.com/contoso.onmicrosoft.com"));
    }
}

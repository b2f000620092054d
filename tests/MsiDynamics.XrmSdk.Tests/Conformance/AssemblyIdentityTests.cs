using Microsoft.Xrm.Sdk;

namespace MsiDynamics.XrmSdk.Tests.Conformance;

/// <summary>The subset has the real SDK's identity, so a plug-in built against it binds to the real SDK (dataverse.md §1.1).</summary>
public class AssemblyIdentityTests
{
    private static readonly System.Reflection.AssemblyName Identity = typeof(Entity).Assembly.GetName();

    [Test]
    public void The_assembly_is_named_Microsoft_Xrm_Sdk() => Assert.That(Identity.Name, Is.EqualTo("Microsoft.Xrm.Sdk"));

    [Test]
    public void The_assembly_version_is_9_0_0_0() => Assert.That(Identity.Version, Is.EqualTo(new Version(9, 0, 0, 0)));

    [Test]
    public void The_public_key_token_is_Microsofts()
    {
        var token = Identity.GetPublicKeyToken();

        Assert.That(Convert.ToHexString(token ?? []).ToLowerInvariant(), Is.EqualTo("31bf3856ad364e35"));
    }
}

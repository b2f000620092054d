using System.Xml;
using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;
using Microsoft.OData.Edm.Validation;
using MsiDynamics.Emulators.Dataverse;

namespace MsiDynamics.Emulators.Tests.Dataverse.WebApi;

/// <summary>The service's CSDL at <c>$metadata</c>, read by Microsoft's OData library as a client would.</summary>
public sealed class ServiceMetadataTests
{
    [Test]
    public async Task The_service_metadata_is_a_CSDL_document_OData_clients_can_read()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new());
        using var client = new WebApiClient(emulator);

        var answer = await client.GetAsync("$metadata", ("Accept", "application/xml"));

        Assert.That(answer.Status, Is.EqualTo(200), answer.Body);
        using var reader = XmlReader.Create(new StringReader(answer.Body));
        var parsed = CsdlReader.TryParse(reader, out var model, out IEnumerable<EdmError> errors);
        Assert.That(parsed, Is.True, string.Join("; ", errors ?? []));
        var leads = model.EntityContainer.FindEntitySet("leads");
        Assert.That(leads.EntityType.Name, Is.EqualTo("lead"));
        Assert.That(leads.EntityType.Key().Single().Name, Is.EqualTo("leadid"));
        Assert.That(leads.EntityType.FindProperty("_ownerid_value").Type.IsGuid(), Is.True);
        Assert.That(leads.EntityType.FindProperty("emailaddress1").Type.IsString(), Is.True);
        var queue = model.EntityContainer.FindEntitySet("msi_syncqueueitems");
        Assert.That(queue.EntityType.FindProperty("msi_status").Type.IsInt32(), Is.True);
        var contact = model.FindDeclaredType("Microsoft.Dynamics.CRM.contact") as IEdmEntityType;
        Assert.That(contact!.FindProperty("parentcustomerid_account"), Is.InstanceOf<IEdmNavigationProperty>());
    }
}

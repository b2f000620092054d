using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace MsiDynamics.XrmSdk.Tests.Messages;

/// <summary>Typed requests and responses are views over Parameters/Results under the real keys, so a request built
/// by name and a typed one are interchangeable (dataverse.md §0.2, §2.3).</summary>
public class MessageTests
{
    [TestCase(typeof(CreateRequest), "Create")]
    [TestCase(typeof(UpdateRequest), "Update")]
    [TestCase(typeof(DeleteRequest), "Delete")]
    [TestCase(typeof(RetrieveRequest), "Retrieve")]
    [TestCase(typeof(RetrieveMultipleRequest), "RetrieveMultiple")]
    public void A_typed_request_carries_its_message_name(Type requestType, string name) =>
        Assert.That(((OrganizationRequest)Activator.CreateInstance(requestType)!).RequestName, Is.EqualTo(name));

    [Test]
    public void CreateRequest_Target_is_the_Target_parameter()
    {
        var target = new Entity("contact");

        var request = new CreateRequest { Target = target };

        Assert.That(request.Parameters["Target"], Is.SameAs(target));
    }

    [Test]
    public void A_request_built_by_name_reads_as_a_typed_request()
    {
        var target = new EntityReference("contact", Guid.NewGuid());
        var byName = new OrganizationRequest("Delete") { ["Target"] = target, ["ConcurrencyBehavior"] = ConcurrencyBehavior.IfRowVersionMatches };

        var typed = new DeleteRequest { Parameters = byName.Parameters };

        Assert.That((typed.Target, typed.ConcurrencyBehavior), Is.EqualTo((target, ConcurrencyBehavior.IfRowVersionMatches)));
    }

    [Test]
    public void UpdateRequest_ConcurrencyBehavior_defaults_to_Default() =>
        Assert.That(new UpdateRequest().ConcurrencyBehavior, Is.EqualTo(ConcurrencyBehavior.Default));

    [Test]
    public void RetrieveRequest_keeps_target_and_columns_under_their_keys()
    {
        var request = new RetrieveRequest { Target = new EntityReference("contact", Guid.NewGuid()), ColumnSet = new ColumnSet("fullname") };

        Assert.That(request.Parameters["ColumnSet"], Is.SameAs(request.ColumnSet));
    }

    [Test]
    public void RetrieveMultipleRequest_Query_is_the_Query_parameter()
    {
        var query = new QueryExpression("contact");

        Assert.That(new RetrieveMultipleRequest { Query = query }.Parameters["Query"], Is.SameAs(query));
    }

    [Test]
    public void CreateResponse_id_reads_the_lowercase_id_result()
    {
        var id = Guid.NewGuid();
        var response = new CreateResponse();

        response.Results["id"] = id;

        Assert.That(response.id, Is.EqualTo(id));
    }

    [Test]
    public void RetrieveResponse_and_RetrieveMultipleResponse_read_their_results()
    {
        var entity = new Entity("contact");
        var collection = new EntityCollection();
        var retrieve = new RetrieveResponse();
        var retrieveMultiple = new RetrieveMultipleResponse();

        retrieve.Results["Entity"] = entity;
        retrieveMultiple.Results["EntityCollection"] = collection;

        Assert.That((retrieve.Entity, retrieveMultiple.EntityCollection), Is.EqualTo((entity, collection)));
    }

    [Test]
    public void The_request_indexer_of_a_missing_parameter_throws_KeyNotFoundException() =>
        Assert.That(() => new OrganizationRequest("WhoAmI")["Target"], Throws.TypeOf<KeyNotFoundException>());
}

using MsiDynamics.Emulators.Tests.Dataverse.Pipeline.TestPlugins;

namespace MsiDynamics.Emulators.Tests.Dataverse.Pipeline;

public sealed class OperationCountTests
{
    [Test]
    public void Every_request_counts_as_an_operation_including_the_child_update_an_assign_raises()
    {
        var test = TestOrganization.With(typeof(MessagePlugins.AccountUpdate), typeof(MessagePlugins.AccountAssign));
        var account = test.Seed("account", ("name", "Contoso"));
        var assignee = test.Seed("systemuser", ("fullname", "Grace Hopper"));
        var before = test.Org.OperationsExecuted;

        test.Service.Execute(new Microsoft.Xrm.Sdk.OrganizationRequest("Assign")
        {
            ["Target"] = new Microsoft.Xrm.Sdk.EntityReference("account", account),
            ["Assignee"] = new Microsoft.Xrm.Sdk.EntityReference("systemuser", assignee),
        });

        Assert.That(test.Org.OperationsExecuted - before, Is.EqualTo(2), "the Assign and the Update of the owner it raises");
    }
}

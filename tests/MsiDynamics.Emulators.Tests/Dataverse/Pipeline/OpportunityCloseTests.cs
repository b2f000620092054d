using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.Pipeline;
using MsiDynamics.Emulators.Tests.Dataverse.Pipeline.TestPlugins;

namespace MsiDynamics.Emulators.Tests.Dataverse.Pipeline;

/// <summary>WinOpportunity and LoseOpportunity, run by name as the platform does (dataverse.md §0.11, §2.3).</summary>
public sealed class OpportunityCloseTests
{
    private static readonly Type[] Steps =
    [
        typeof(MessagePlugins.OpportunityWin), typeof(MessagePlugins.OpportunityLose),
        typeof(MessagePlugins.OpportunityUpdate), typeof(MessagePlugins.AnyCreate),
    ];

    [TestCase("WinOpportunity", "OpportunityWin", 3, 1, 3)]
    [TestCase("LoseOpportunity", "OpportunityLose", 5, 2, 5)]
    [TestCase("WinOpportunity", "OpportunityWin", -1, 1, 3)]
    [TestCase("LoseOpportunity", "OpportunityLose", -1, 2, 4)]
    public void Closing_an_opportunity_runs_its_own_steps_sets_its_state_and_creates_the_close_activity_without_an_update(
        string request, string step, int status, int state, int statusReason)
    {
        var test = TestOrganization.With(Steps);
        var opportunity = test.Seed("opportunity", ("name", "Big deal"));

        var response = test.Service.Execute(Close(request, opportunity, status));

        var closed = test.Row("opportunity", opportunity);
        Assert.That(
            (closed.GetAttributeValue<OptionSetValue>("statecode")!.Value, closed.GetAttributeValue<OptionSetValue>("statuscode")!.Value),
            Is.EqualTo((state, statusReason)));
        var seen = test.Seen(step).Single();
        Assert.That((seen.Message, seen.Entity, seen.Depth, response.ResponseName), Is.EqualTo((request[..^"Opportunity".Length], "opportunity", 1, request)));
        Assert.That(test.Seen("OpportunityUpdate"), Is.Empty, "Win and Lose are not legacy update messages: no Update is raised");
        Assert.That(test.Seen("AnyCreate").Select(s => (s.Entity, s.Depth)), Is.EqualTo(new[] { ("opportunityclose", 2) }));
        var activity = test.Org.Rows("opportunityclose").Single();
        Assert.That(activity.GetAttributeValue<EntityReference>("opportunityid")!.Id, Is.EqualTo(opportunity));
        Assert.That(activity["subject"], Is.EqualTo("Closed"));
    }

    [Test]
    public void A_closed_opportunity_cannot_be_closed_again_and_nothing_is_written()
    {
        var test = TestOrganization.With(Steps);
        var opportunity = test.Seed("opportunity", ("name", "Big deal"), ("statecode", new OptionSetValue(2)), ("statuscode", new OptionSetValue(4)));

        var error = Assert.Throws<PlatformFaultException>(() => test.Service.Execute(Close("WinOpportunity", opportunity, 3)))!;

        Assert.That(error.Fault, Is.EqualTo(PlatformFault.InvalidState));
        Assert.That(test.Org.Rows("opportunityclose"), Is.Empty);
        Assert.That(test.Row("opportunity", opportunity).GetAttributeValue<OptionSetValue>("statecode")!.Value, Is.EqualTo(2));
    }

    [Test]
    public void Winning_counts_the_win_and_the_create_of_its_close_activity_as_operations()
    {
        var test = TestOrganization.With();
        var opportunity = test.Seed("opportunity", ("name", "Big deal"));
        var before = test.Org.OperationsExecuted;

        test.Service.Execute(Close("WinOpportunity", opportunity, 3));

        Assert.That(test.Org.OperationsExecuted - before, Is.EqualTo(2));
    }

    private static OrganizationRequest Close(string request, Guid opportunity, int status) => new(request)
    {
        ["OpportunityClose"] = new Entity("opportunityclose")
        {
            ["opportunityid"] = new EntityReference("opportunity", opportunity), ["subject"] = "Closed",
        },
        ["Status"] = new OptionSetValue(status),
    };
}

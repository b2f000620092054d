using System.Text.Json.Nodes;
using MsiDynamics.CompanionService.Dataverse.Batch;

namespace MsiDynamics.CompanionService.Tests.Security;

/// <summary>
/// The privileges read off a request, for the requests the role test does not provoke: those inside a <c>$batch</c>
/// as the worker writes it, a bound lookup, and an upsert.
/// </summary>
public sealed class ImpliedPrivilegesTests
{
    private static readonly Uri WebApi = new("https://contoso.crm.dynamics.com/api/data/v9.2/");

    [Test]
    public void Each_request_of_a_batch_and_of_its_change_set_implies_its_own_privileges()
    {
        var id = Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
        var (body, _) = BatchWriter.Write(
        [
            new BatchPart([BatchOperation.Get("leads?$select=leadid", [])], IsChangeSet: false),
            new BatchPart(
            [
                BatchOperation.Update("contacts", id, new JsonObject { ["msi_marketoleadid"] = "4711" }, "W/\"1\""),
                BatchOperation.Create("msi_syncstates", new JsonObject { ["msi_name"] = "x" }),
                BatchOperation.Delete("msi_syncqueueitems", id),
            ], IsChangeSet: true),
        ], WebApi);

        var log = new PrivilegeLog();
        foreach (var part in ImpliedPrivileges.BatchParts(body))
        {
            log.Add(ImpliedPrivileges.Of(part.Method, part.Path, part.Headers, part.Body));
        }

        Assert.That(log.ByTable(), Is.EquivalentTo(new Dictionary<string, string[]>
        {
            ["lead"] = ["Read"], ["contact"] = ["Write"], ["msi_syncstate"] = ["Create"], ["msi_syncqueueitem"] = ["Delete"],
        }));
    }

    [Test]
    public void A_bound_lookup_appends_the_row_to_the_lookup_s_table()
    {
        var privileges = ImpliedPrivileges.Of(
            "POST", "msi_syncqueueitems", "", """{"msi_leadid@odata.bind":"/leads(3f2504e0-4f89-11d3-9a0c-0305e82c3301)"}""");

        Assert.That(privileges, Is.EquivalentTo(new[]
        {
            ("msi_syncqueueitem", "Create"), ("msi_syncqueueitem", "Append"), ("lead", "AppendTo"),
        }));
    }

    [Test]
    public void Each_target_of_a_CreateMultiple_appends_its_row_to_the_table_of_its_lookup()
    {
        var privileges = ImpliedPrivileges.Of(
            "POST", "msi_syncqueueitems/Microsoft.Dynamics.CRM.CreateMultiple", "",
            """{"Targets":[{"msi_name":"a","msi_accountid@odata.bind":"accounts(3f2504e0-4f89-11d3-9a0c-0305e82c3301)"},"""
            + """{"msi_name":"b","msi_systemuserid@odata.bind":"systemusers(3f2504e0-4f89-11d3-9a0c-0305e82c3302)"}]}""");

        Assert.That(privileges.Distinct(), Is.EquivalentTo(new[]
        {
            ("msi_syncqueueitem", "Create"), ("msi_syncqueueitem", "Append"), ("account", "AppendTo"), ("systemuser", "AppendTo"),
        }));
    }

    [Test]
    public void Reading_a_user_s_roles_through_the_navigation_property_reads_the_user_and_the_roles()
    {
        var privileges = ImpliedPrivileges.Of("GET", "systemusers(3f2504e0-4f89-11d3-9a0c-0305e82c3301)/systemuserroles_association", "", "");

        Assert.That(privileges, Is.EquivalentTo(new[] { ("systemuser", "Read"), ("role", "Read") }));
    }

    [Test]
    public void Reading_message_filters_needs_the_read_privilege_of_sdk_messages_which_covers_them()
    {
        var privileges = ImpliedPrivileges.Of("GET", "sdkmessagefilters", "", "");

        Assert.That(privileges, Is.EqualTo(new[] { ("sdkmessage", "Read") }));
    }

    [TestCase("If-Match: W/\"5\"", new[] { "Write" })]
    [TestCase("If-None-Match: *", new[] { "Create" })]
    [TestCase("", new[] { "Create", "Write" })]
    public void A_patch_writes_creates_or_upserts_as_its_precondition_says(string headers, string[] privileges)
    {
        var implied = ImpliedPrivileges.Of("PATCH", "msi_syncstates(3f2504e0-4f89-11d3-9a0c-0305e82c3301)", headers, "{}");

        Assert.That(implied.Select(p => p.Privilege), Is.EqualTo(privileges));
    }
}

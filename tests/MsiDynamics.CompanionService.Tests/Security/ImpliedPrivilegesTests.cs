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

    [TestCase("If-Match: W/\"5\"", new[] { "Write" })]
    [TestCase("If-None-Match: *", new[] { "Create" })]
    [TestCase("", new[] { "Create", "Write" })]
    public void A_patch_writes_creates_or_upserts_as_its_precondition_says(string headers, string[] privileges)
    {
        var implied = ImpliedPrivileges.Of("PATCH", "msi_syncstates(3f2504e0-4f89-11d3-9a0c-0305e82c3301)", headers, "{}");

        Assert.That(implied.Select(p => p.Privilege), Is.EqualTo(privileges));
    }
}

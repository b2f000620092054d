using MsiDynamics.Schema;

namespace MsiDynamics.Solution.Tests;

/// <summary>
/// The "MSI Sync Integration" role the solution ships grants exactly the privileges the worker's requests imply
/// (<see cref="IntegrationRolePrivileges"/>, which a worker test derives from its Web API traffic): least privilege.
/// </summary>
public sealed class IntegrationRoleTests
{
    /// <summary>Privilege names of the tables that are not ours (Dataverse's own spelling, e.g. systemuser is "User").</summary>
    private static readonly Dictionary<string, string> SchemaNames = new(StringComparer.Ordinal)
    {
        ["lead"] = "Lead", ["contact"] = "Contact", ["account"] = "Account", ["opportunity"] = "Opportunity",
        ["systemuser"] = "User", ["connection"] = "Connection", ["connectionrole"] = "ConnectionRole",
        ["bulkdeleteoperation"] = "BulkDeleteOperation", ["entity"] = "Entity", ["attribute"] = "Attribute",
        ["sdkmessageprocessingstep"] = "SdkMessageProcessingStep", ["sdkmessage"] = "SdkMessage", ["role"] = "Role", ["solution"] = "Solution",
    };

    [Test]
    public void The_integration_role_grants_exactly_what_the_worker_s_requests_need()
    {
        var file = Path.Combine(SolutionFixture.Paths.RepositoryRoot, "Solution", "privileges", IntegrationRolePrivileges.RoleName + ".txt");
        var granted = File.ReadAllLines(file).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

        var needed = IntegrationRolePrivileges.Tables
            .SelectMany(t => t.Value.Select(p => $"prv{p}{(t.Key.StartsWith("msi_", StringComparison.Ordinal) ? t.Key : SchemaNames[t.Key])} Global"))
            .Concat(IntegrationRolePrivileges.Miscellaneous.Select(p => $"{p} Global"));

        Assert.That(granted, Is.EquivalentTo(needed));
    }
}

using Microsoft.Xrm.Sdk;
using MsiDynamics.Schema;
using static MsiDynamics.Sandbox.Chaos.Workload.WorkloadValues;

namespace MsiDynamics.Sandbox.Chaos.Workload;

/// <summary>
/// The organisation a chaos run starts from, written through the pipeline so the plug-ins queue it as they would:
/// an admin (created by SYSTEM), one sales user per workload user (at least four), three more users (one without an
/// address, so no sales person), the "Key Accounts" team, the connection roles (five Stakeholder ones that sync, a
/// Sales and a Business one that do not; dataverse.md §3.2), an enabled <c>msi_syncsetting</c> row per synced table,
/// then accounts, contacts, leads, opportunities and stakeholder connections saved by the sales users.
/// </summary>
internal static class WorkloadSeed
{
    public const int Accounts = 20;
    public const int Contacts = 40;
    public const int Leads = 30;
    public const int Opportunities = 15;
    public const int Connections = 20;
    public const int OtherUsers = 3;

    private static readonly (string Name, int Category)[] Roles =
    [
        ("Stakeholder", DataverseSchema.ConnectionRole.StakeholderCategory),
        ("Champion", DataverseSchema.ConnectionRole.StakeholderCategory),
        ("Decision Maker", DataverseSchema.ConnectionRole.StakeholderCategory),
        ("Economic Buyer", DataverseSchema.ConnectionRole.StakeholderCategory),
        ("Influencer", DataverseSchema.ConnectionRole.StakeholderCategory),
        ("Technical Advisor", 4),
        ("Partner", 1),
    ];

    public static void Create(WorkloadCrm crm, int salesUsers, Random random)
    {
        crm.AdminId = crm.Ids.Next(random);
        crm.Org.ServiceAs(crm.Org.SystemUserId).Create(User(crm.AdminId, "Ada", "Admin", "ada.admin@contoso.example", random));
        crm.Live.Add(Tables.User, crm.AdminId);
        var admin = crm.Admin;
        for (var n = 0; n < Math.Max(salesUsers, 4) + OtherUsers; n++)
        {
            var (first, last) = (FirstName(random), LastName(random));
            var id = crm.Ids.Next(random);
            var hasAddress = n != Math.Max(salesUsers, 4);
            admin.Create(User(id, first, last, hasAddress ? $"{first}.{last}.{n}@contoso.example".ToLowerInvariant().Replace(' ', '-') : null, random));
            crm.Live.Add(Tables.User, id);
            if (n < Math.Max(salesUsers, 4))
            {
                crm.SalesUsers.Add(id);
            }
        }

        crm.TeamId = crm.Ids.Next(random);
        admin.Create(new Entity(Tables.Team, crm.TeamId) { ["name"] = "Key Accounts" });
        foreach (var (name, category) in Roles)
        {
            var id = crm.Ids.Next(random);
            admin.Create(new Entity(Tables.ConnectionRole, id)
            {
                [DataverseSchema.ConnectionRole.Name] = name, [DataverseSchema.ConnectionRole.Category] = new OptionSetValue(category),
            });
            (category == DataverseSchema.ConnectionRole.StakeholderCategory ? crm.StakeholderRoles : crm.OtherRoles).Add(id);
        }

        crm.Settings.Seed(admin, crm.Ids, random);
        Records(crm, random);
    }

    private static void Records(WorkloadCrm crm, Random random)
    {
        var writes = new RecordWrites(crm);
        var connections = new ConnectionWrites(crm);
        IOrganizationService Rep() => crm.Org.ServiceAs(Pick(random, crm.SalesUsers));
        foreach (var (table, count) in new[]
        {
            (Tables.Account, Accounts), (Tables.Contact, Contacts), (Tables.Lead, Leads), (Tables.Opportunity, Opportunities),
        })
        {
            for (var n = 0; n < count; n++)
            {
                writes.Create(Rep(), table, random);
            }
        }

        for (var n = 0; n < Connections; n++)
        {
            connections.Create(Rep(), random);
        }
    }

    private static Entity User(Guid id, string first, string last, string? email, Random random)
    {
        var objectId = new byte[16];
        random.NextBytes(objectId);
        return new Entity(Tables.User, id)
        {
            ["firstname"] = first,
            ["lastname"] = last,
            ["internalemailaddress"] = email,
            ["domainname"] = email ?? $"{first}.{last}@contoso.example".ToLowerInvariant(),
            ["azureactivedirectoryobjectid"] = new Guid(objectId),
            ["isdisabled"] = false,
        };
    }
}

using MsiDynamics.Schema;
using C = MsiDynamics.Schema.DataverseSchema.Connection;

namespace MsiDynamics.Sandbox.Main;

/// <summary>
/// The opportunities' stakeholders: connections from an opportunity to a contact, the contact's side carrying a role
/// (dataverse.md §3.3). Connection roles are solution components the emulator does not ship, so the seed creates the
/// out-of-box Stakeholder ones (category 1000, the roles that sync, dataverse.md §0.4), a Sales one that does not sync,
/// and a Business one for a partnership between two accounts, which is no opportunity role and is not captured.
/// One connection is written from the contact's side; one joins a contact without an e-mail address, whose role cannot
/// be pushed (no Marketo person to name).
/// </summary>
internal static class SeedStakeholders
{
    public const string EconomicBuyer = "economic-buyer";

    /// <summary>Role key, name, category (1 Business, 4 Sales, 1000 Stakeholder; dataverse.md §3.2).</summary>
    public static readonly (string Key, string Name, int Category)[] Roles =
    [
        ("stakeholder", "Stakeholder", DataverseSchema.ConnectionRole.StakeholderCategory),
        ("champion", "Champion", DataverseSchema.ConnectionRole.StakeholderCategory),
        ("decision-maker", "Decision Maker", DataverseSchema.ConnectionRole.StakeholderCategory),
        (EconomicBuyer, "Economic Buyer", DataverseSchema.ConnectionRole.StakeholderCategory),
        ("influencer", "Influencer", DataverseSchema.ConnectionRole.StakeholderCategory),
        ("technical-advisor", "Technical Advisor", 4),
        ("partner", "Partner", 1),
    ];

    /// <summary>Connection number, opportunity key, contact key, role key, written from the contact's side.</summary>
    public static readonly (int Number, string Opportunity, string Contact, string Role, bool FromContact)[] Connections =
    [
        (1, "fabrikam-renewal", "cy-champion", "champion", false),
        (2, "fabrikam-renewal", "raj-patel", EconomicBuyer, false),
        (3, "fabrikam-renewal", "olivia-park", "influencer", false),
        (4, "fabrikam-fleet", SeedContacts.Mover, "decision-maker", false),
        (5, SeedDeals.Advanced, "henry-wu", "stakeholder", true),
        (6, SeedDeals.Advanced, "grace-holt", EconomicBuyer, false),
        (7, "contoso-lims", "lena-fischer", "champion", false),
        (8, "litware-platform", SeedContacts.SharedWithLead, "decision-maker", false),
        (9, "litware-platform", "kim-lee", "technical-advisor", false),
        (10, "adventure-portal", "sofia-rossi", EconomicBuyer, false),
        (11, "woodgrove-core", "diana-chen", "decision-maker", false),
        (12, "woodgrove-core", "ivan-petrov", "influencer", true),
        (13, "tailspin-catalogue", SeedContacts.NoEmail, "influencer", false),
    ];

    /// <summary>The stakeholder connection deleted on the second day.</summary>
    public const int DeletedConnection = 3;

    public static Guid RoleId(string key) => SeedIds.Of("connectionrole:" + key);

    public static Guid ConnectionId(int number) => SeedIds.Of("connection:" + number);

    public static async Task CreateRolesAsync(WebApiWriter writer, CancellationToken cancellationToken)
    {
        foreach (var (key, name, category) in Roles)
        {
            await writer.CreateAsync(DataverseSchema.ConnectionRole.EntitySetName, RowBody.Of(
                (DataverseSchema.ConnectionRole.Id, RoleId(key)),
                (DataverseSchema.ConnectionRole.Name, name),
                (DataverseSchema.ConnectionRole.Category, category)), cancellationToken);
        }
    }

    public static async Task CreateConnectionsAsync(WebApiWriter writer, CancellationToken cancellationToken)
    {
        foreach (var (number, opportunity, contact, role, fromContact) in Connections)
        {
            var (opportunityEnd, contactEnd, roleLookup) = fromContact ? ("record2id", "record1id", C.Record1RoleId) : ("record1id", "record2id", C.Record2RoleId);
            await writer.CreateAsync(C.EntitySetName, RowBody.Of((C.Id, ConnectionId(number)))
                .Bind(opportunityEnd + "_opportunity", DataverseSchema.Opportunity.EntitySetName, SeedDeals.Id(opportunity))
                .Bind(contactEnd + "_contact", DataverseSchema.Contact.EntitySetName, SeedContacts.Id(contact))
                .Bind(roleLookup, DataverseSchema.ConnectionRole.EntitySetName, RoleId(role)), cancellationToken);
        }

        // Two accounts in partnership: a connection the capture ignores (dataverse.md §0.4).
        await writer.CreateAsync(C.EntitySetName, RowBody.Of((C.Id, ConnectionId(100)))
            .Bind("record1id_account", DataverseSchema.Account.EntitySetName, SeedAccounts.Id(SeedAccounts.Northwind))
            .Bind("record2id_account", DataverseSchema.Account.EntitySetName, SeedAccounts.Id(SeedAccounts.Litware))
            .Bind(C.Record2RoleId, DataverseSchema.ConnectionRole.EntitySetName, RoleId("partner")), cancellationToken);
    }
}

using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.Pipeline;
using MsiDynamics.Schema;

namespace MsiDynamics.Benchmarks.Drain;

/// <summary>
/// Saves a <see cref="BacklogMix"/> through the organisation's pipeline, as sales reps would, so the real plug-ins
/// queue one row per save. Users come first (they exist before their accounts); then account by account its
/// contacts, leads, opportunities and connections, interleaved as a working organisation's changes are.
/// </summary>
internal sealed class BacklogSeeder(InMemoryOrganization org, BacklogMix mix)
{
    private readonly IOrganizationService _rep = org.ServiceAs(org.SystemUserId);
    private readonly List<EntityReference> _users = [];
    private readonly Queue<(EntityReference Opportunity, EntityReference Contact)> _stakeholders = new();
    private int _persons;
    private int _connections;

    /// <summary>Saves every row of the mix.</summary>
    public void Seed()
    {
        for (var u = 0; u < mix.Users; u++)
        {
            var id = _rep.Create(new Entity(DataverseSchema.SystemUser.EntityName)
            {
                ["firstname"] = "Rep", ["lastname"] = $"Seller {u}", ["internalemailaddress"] = $"rep{u}@contoso.example",
            });
            _users.Add(new EntityReference(DataverseSchema.SystemUser.EntityName, id));
        }

        var role = new EntityReference(DataverseSchema.ConnectionRole.EntityName, _rep.Create(new Entity(DataverseSchema.ConnectionRole.EntityName)
        {
            [DataverseSchema.ConnectionRole.Name] = "Champion",
            [DataverseSchema.ConnectionRole.Category] = new OptionSetValue(DataverseSchema.ConnectionRole.StakeholderCategory),
        }));
        for (var a = 0; a < mix.Accounts; a++)
        {
            SeedAccount(a, role);
        }

        while (_connections < mix.Connections && _stakeholders.TryDequeue(out var pair))
        {
            Connect(pair, role);
        }
    }

    private void SeedAccount(int a, EntityReference role)
    {
        var owner = _users[a % _users.Count];
        var account = new EntityReference(DataverseSchema.Account.EntityName, _rep.Create(new Entity(DataverseSchema.Account.EntityName)
        {
            ["name"] = $"Account {a}", ["ownerid"] = owner,
        }));
        var contacts = new List<EntityReference>();
        for (var c = Share(mix.Contacts, a); c < Share(mix.Contacts, a + 1); c++)
        {
            contacts.Add(new EntityReference(DataverseSchema.Contact.EntityName, _rep.Create(new Entity(DataverseSchema.Contact.EntityName)
            {
                ["firstname"] = "Cy", ["lastname"] = $"Contact {c}", ["emailaddress1"] = $"person{_persons++}@customer.example",
                ["parentcustomerid"] = account, ["ownerid"] = owner,
            })));
        }

        for (var l = Share(mix.Leads, a); l < Share(mix.Leads, a + 1); l++)
        {
            var lead = new Entity(DataverseSchema.Lead.EntityName)
            {
                ["firstname"] = "Bo", ["lastname"] = $"Lead {l}", ["emailaddress1"] = $"person{_persons++}@prospect.example", ["ownerid"] = owner,
            };
            if (l % 2 == 0)
            {
                lead["parentaccountid"] = account;
            }

            _rep.Create(lead);
        }

        for (var o = Share(mix.Opportunities, a); o < Share(mix.Opportunities, a + 1); o++)
        {
            var opportunity = new EntityReference(DataverseSchema.Opportunity.EntityName, _rep.Create(new Entity(DataverseSchema.Opportunity.EntityName)
            {
                ["name"] = $"Opportunity {o}", ["parentaccountid"] = account, ["ownerid"] = owner,
            }));
            foreach (var contact in contacts)
            {
                _stakeholders.Enqueue((opportunity, contact));
            }
        }

        // Connections follow the opportunities they name, spread evenly over the accounts.
        while (_connections < Share(mix.Connections, a + 1) && _stakeholders.TryDequeue(out var pair))
        {
            Connect(pair, role);
        }
    }

    private void Connect((EntityReference Opportunity, EntityReference Contact) pair, EntityReference role)
    {
        _rep.Create(new Entity(DataverseSchema.Connection.EntityName)
        {
            [DataverseSchema.Connection.Record1Id] = pair.Opportunity,
            [DataverseSchema.Connection.Record2Id] = pair.Contact,
            [DataverseSchema.Connection.Record2RoleId] = role,
        });
        _connections++;
    }

    /// <summary>Where account <paramref name="a"/>'s share of <paramref name="total"/> rows starts.</summary>
    private int Share(int total, int a) => (int)((long)total * a / mix.Accounts);
}

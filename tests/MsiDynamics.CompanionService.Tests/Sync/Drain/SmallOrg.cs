using Microsoft.Xrm.Sdk;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.Sync.Drain;

/// <summary>A sales rep's handful of rows, saved through the pipeline: a user, an account, a contact, a lead, an opportunity and a stakeholder role.</summary>
internal sealed class SmallOrg
{
    public RecordId User { get; private set; }

    public RecordId Account { get; private set; }

    public RecordId Contact { get; private set; }

    public RecordId Lead { get; private set; }

    public RecordId Opportunity { get; private set; }

    public Guid Role { get; private set; }

    public Guid Connection { get; private set; }

    public static SmallOrg Save(DrainRig rig)
    {
        var org = new SmallOrg();
        org.User = rig.Save(new Entity(DataverseSchema.SystemUser.EntityName)
        {
            ["firstname"] = "Ann", ["lastname"] = "Seller", ["internalemailaddress"] = "ann@contoso.example",
        });
        var owner = new EntityReference(DataverseSchema.SystemUser.EntityName, org.User.Value);
        org.Account = rig.Save(new Entity(DataverseSchema.Account.EntityName) { ["name"] = "Fabrikam", ["ownerid"] = owner });
        var account = new EntityReference(DataverseSchema.Account.EntityName, org.Account.Value);
        org.Contact = rig.Save(new Entity(DataverseSchema.Contact.EntityName)
        {
            ["firstname"] = "Cy", ["lastname"] = "Champion", ["emailaddress1"] = "cy@fabrikam.example", ["parentcustomerid"] = account, ["ownerid"] = owner,
        });
        org.Lead = rig.Save(new Entity(DataverseSchema.Lead.EntityName)
        {
            ["firstname"] = "Bo", ["lastname"] = "Buyer", ["emailaddress1"] = "bo@fabrikam.example", ["parentaccountid"] = account, ["ownerid"] = owner,
        });
        org.Opportunity = rig.Save(new Entity(DataverseSchema.Opportunity.EntityName) { ["name"] = "Fabrikam renewal", ["parentaccountid"] = account, ["ownerid"] = owner });
        org.Role = rig.Rep.Create(new Entity(DataverseSchema.ConnectionRole.EntityName)
        {
            [DataverseSchema.ConnectionRole.Name] = "Champion",
            [DataverseSchema.ConnectionRole.Category] = new OptionSetValue(DataverseSchema.ConnectionRole.StakeholderCategory),
        });
        org.Connection = rig.Rep.Create(new Entity(DataverseSchema.Connection.EntityName)
        {
            [DataverseSchema.Connection.Record1Id] = new EntityReference(DataverseSchema.Opportunity.EntityName, org.Opportunity.Value),
            [DataverseSchema.Connection.Record2Id] = new EntityReference(DataverseSchema.Contact.EntityName, org.Contact.Value),
            [DataverseSchema.Connection.Record2RoleId] = new EntityReference(DataverseSchema.ConnectionRole.EntityName, org.Role),
        });
        return org;
    }
}

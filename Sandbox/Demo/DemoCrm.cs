using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.Pipeline;
using MsiDynamics.Sandbox.Hosting;
using MsiDynamics.Schema;

namespace MsiDynamics.Sandbox.Demo;

/// <summary>
/// What a sales rep and an admin do in Dynamics during the demo, as requests through the pipeline (so the
/// real plug-in steps run), and the ids of the rows they made, each a <see cref="RecordId"/> from the save on.
/// </summary>
internal sealed class DemoCrm(InMemoryOrganization org)
{
    public string UserEmail => "ann.seller@contoso.example";

    public string LeadEmail => "bo.buyer@fabrikam.example";

    public RecordId User { get; private set; }

    public RecordId Account { get; private set; }

    public RecordId Lead { get; private set; }

    public RecordId Contact { get; private set; }

    public RecordId Opportunity { get; private set; }

    private IOrganizationService Admin => org.ServiceAs(org.SystemUserId);

    /// <summary>Saves that matter to Marketo: each must queue exactly one row.</summary>
    public void WorkTheDay()
    {
        User = Saved(Admin, new Entity(DataverseSchema.SystemUser.EntityName)
        {
            ["firstname"] = "Ann", ["lastname"] = "Seller", ["internalemailaddress"] = UserEmail,
        });
        var rep = org.ServiceAs(User.Value);
        Account = Saved(rep, new Entity(DataverseSchema.Account.EntityName) { [DataverseSchema.Common.Name] = "Fabrikam" });
        Lead = Saved(rep, new Entity(DataverseSchema.Lead.EntityName)
        {
            ["firstname"] = "Bo", ["lastname"] = "Buyer", [DataverseSchema.Common.EmailAddress1] = "bo@fabrikam.example",
        });
        Contact = Saved(rep, new Entity(DataverseSchema.Contact.EntityName)
        {
            ["firstname"] = "Cy", ["lastname"] = "Champion", [DataverseSchema.Common.EmailAddress1] = "cy@fabrikam.example",
            ["parentcustomerid"] = new EntityReference(DataverseSchema.Account.EntityName, Account.Value),
        });
        Opportunity = Saved(rep, new Entity(DataverseSchema.Opportunity.EntityName)
        {
            [DataverseSchema.Common.Name] = "Fabrikam renewal",
            ["parentaccountid"] = new EntityReference(DataverseSchema.Account.EntityName, Account.Value),
        });
        rep.Update(new Entity(DataverseSchema.Lead.EntityName, Lead.Value) { [DataverseSchema.Common.EmailAddress1] = LeadEmail });

        var champion = Admin.Create(new Entity(DataverseSchema.ConnectionRole.EntityName)
        {
            [DataverseSchema.ConnectionRole.Name] = "Champion",
            [DataverseSchema.ConnectionRole.Category] = new OptionSetValue(DataverseSchema.ConnectionRole.StakeholderCategory),
        });
        rep.Create(new Entity(DataverseSchema.Connection.EntityName)
        {
            [DataverseSchema.Connection.Record1Id] = new EntityReference(DataverseSchema.Opportunity.EntityName, Opportunity.Value),
            [DataverseSchema.Connection.Record2Id] = new EntityReference(DataverseSchema.Contact.EntityName, Contact.Value),
            [DataverseSchema.Connection.Record2RoleId] = new EntityReference(DataverseSchema.ConnectionRole.EntityName, champion),
        });
    }

    /// <summary>Saves Marketo does not care about, and a table switched off: none may queue a row.</summary>
    public void ChangesThatMustNotQueue()
    {
        var rep = org.ServiceAs(User.Value);

        // The worker's write-back of MSI fields.
        Admin.Update(new Entity(DataverseSchema.Lead.EntityName, Lead.Value)
        {
            [DataverseSchema.MsiColumns.LastInterestingMomentDesc] = "Visited the pricing page",
            [DataverseSchema.MsiColumns.Priority] = 60,
        });

        // A column no Marketo field is mapped from.
        rep.Update(new Entity(DataverseSchema.Contact.EntityName, Contact.Value) { ["description"] = "Met at the trade fair" });

        // A connection between two accounts is no opportunity role (the partner account is arranged, not saved).
        var partner = org.Seed(new Entity(DataverseSchema.Account.EntityName) { [DataverseSchema.Common.Name] = "Northwind" });
        rep.Create(new Entity(DataverseSchema.Connection.EntityName)
        {
            [DataverseSchema.Connection.Record1Id] = new EntityReference(DataverseSchema.Account.EntityName, Account.Value),
            [DataverseSchema.Connection.Record2Id] = new EntityReference(DataverseSchema.Account.EntityName, partner),
        });
    }

    /// <summary>
    /// The rows queued when a rep creates an account in an organisation whose admin switched account sync off.
    /// A running organisation sees such a switch once the plug-ins' settings cache expires, after 60 s of wall-clock
    /// time (dataverse.md §0.8); the demo does not wait that long, so it shows the switch in an organisation of its own.
    /// </summary>
    public static int QueuedWithAccountSyncOff(TimeProvider clock)
    {
        var other = new InMemoryOrganization(clock);
        other.RegisterPlugins(PluginAssembly.Capture);
        other.Seed(new Entity(DataverseSchema.SyncSetting.EntityName)
        {
            [DataverseSchema.SyncSetting.Entity] = DataverseSchema.Account.EntityName, [DataverseSchema.SyncSetting.Enabled] = false,
        });
        other.ServiceAs(other.SystemUserId).Create(new Entity(DataverseSchema.Account.EntityName) { [DataverseSchema.Common.Name] = "Tailspin" });
        return other.Rows(DataverseSchema.SyncQueueItem.EntityName).Count;
    }

    /// <summary>The id of the row <paramref name="service"/> creates from <paramref name="entity"/>.</summary>
    private static RecordId Saved(IOrganizationService service, Entity entity) =>
        RecordId.From(service.Create(entity), entity.LogicalName + " id");
}

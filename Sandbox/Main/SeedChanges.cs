using MsiDynamics.Schema;

namespace MsiDynamics.Sandbox.Main;

/// <summary>
/// The second day, after the first drain: edits, a reassignment to the team, a contact moving to the parent account, a
/// lead's new address and status, a deal advancing, a rep leaving (disabled), a connection role renamed (every role using
/// it is replaced in Marketo, marketo.md D7), and four deletes — a duplicate account and a dead opportunity (deleted in
/// Marketo too), a stakeholder connection (its role deleted), and a lead (persons are kept in Marketo).
/// </summary>
internal static class SeedChanges
{
    public const string RenamedRole = "Budget Holder";

    public static async Task ApplyAsync(WebApiWriter writer, CancellationToken cancellationToken)
    {
        await writer.UpdateAsync(DataverseSchema.Account.EntitySetName, SeedAccounts.Id(SeedAccounts.Northwind),
            RowBody.Of(("telephone1", "+44 20 7946 0000")), cancellationToken);
        await writer.UpdateAsync(DataverseSchema.Account.EntitySetName, SeedAccounts.Id(SeedAccounts.Litware),
            RowBody.Of().OwnedBy(SeedUsers.KeyAccounts), cancellationToken);
        await writer.UpdateAsync(DataverseSchema.Contact.EntitySetName, SeedContacts.Id(SeedContacts.Mover),
            RowBody.Of(("jobtitle", "Logistics Director"))
                .Bind("parentcustomerid_account", DataverseSchema.Account.EntitySetName, SeedAccounts.Id(SeedAccounts.Fabrikam)),
            cancellationToken);
        await writer.UpdateAsync(DataverseSchema.Lead.EntitySetName, SeedLeads.Id(SeedLeads.NewAddress),
            RowBody.Of((DataverseSchema.Common.EmailAddress1, "mia.lopez@wideworld.example")), cancellationToken);
        await writer.UpdateAsync(DataverseSchema.Lead.EntitySetName, SeedLeads.Id(SeedLeads.Contacted),
            RowBody.Of((DataverseSchema.Common.StatusCode, 2)), cancellationToken);
        await writer.UpdateAsync(DataverseSchema.Opportunity.EntitySetName, SeedDeals.Id(SeedDeals.Advanced),
            RowBody.Of(("stepname", "Close"), ("closeprobability", 80), ("estimatedvalue", 250_000m)), cancellationToken);
        await writer.UpdateAsync(DataverseSchema.SystemUser.EntitySetName, SeedUsers.Id(SeedUsers.Dan),
            RowBody.Of(("isdisabled", true)), cancellationToken);
        await writer.UpdateAsync(DataverseSchema.ConnectionRole.EntitySetName, SeedStakeholders.RoleId(SeedStakeholders.EconomicBuyer),
            RowBody.Of((DataverseSchema.ConnectionRole.Name, RenamedRole)), cancellationToken);

        await writer.DeleteAsync(DataverseSchema.Connection.EntitySetName, SeedStakeholders.ConnectionId(SeedStakeholders.DeletedConnection), cancellationToken);
        await writer.DeleteAsync(DataverseSchema.Opportunity.EntitySetName, SeedDeals.Id(SeedDeals.Deleted), cancellationToken);
        await writer.DeleteAsync(DataverseSchema.Account.EntitySetName, SeedAccounts.Id(SeedAccounts.Duplicate), cancellationToken);
        await writer.DeleteAsync(DataverseSchema.Lead.EntitySetName, SeedLeads.Id(SeedLeads.Deleted), cancellationToken);
    }
}

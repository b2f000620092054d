using MsiDynamics.Schema;

namespace MsiDynamics.Plugins.Capture;

/// <summary>
/// The part of a connection Marketo sees as an opportunity role: the opportunity, the contact and the role of
/// the contact's side (dataverse.md §0.4, §3.3). Which end is the opportunity is not fixed, so both
/// directions are read; every other pair of tables is not a role and yields null.
/// </summary>
internal sealed class ConnectionPair
{
    private ConnectionPair(Guid opportunityId, Guid contactId, RecordReference? role)
    {
        OpportunityId = opportunityId;
        ContactId = contactId;
        RoleId = role?.Id;
        // Marketo keys the role by its name, and a role's name is all the image gives us of it.
        RoleName = role?.Name;
    }

    public Guid OpportunityId { get; }

    public Guid ContactId { get; }

    public Guid? RoleId { get; }

    public string? RoleName { get; }

    /// <summary>The pair in <paramref name="columns"/>, or null when its ends are not an opportunity and a contact.</summary>
    public static ConnectionPair? From(IReadOnlyDictionary<string, object?>? columns)
    {
        var record1 = ColumnValues.Reference(columns, DataverseSchema.Connection.Record1Id);
        var record2 = ColumnValues.Reference(columns, DataverseSchema.Connection.Record2Id);
        if (record1 is null || record2 is null)
        {
            return null;
        }

        if (record1.Is(DataverseSchema.Opportunity.EntityName) && record2.Is(DataverseSchema.Contact.EntityName))
        {
            return new ConnectionPair(
                record1.Id, record2.Id, ColumnValues.Reference(columns, DataverseSchema.Connection.Record2RoleId));
        }

        if (record1.Is(DataverseSchema.Contact.EntityName) && record2.Is(DataverseSchema.Opportunity.EntityName))
        {
            return new ConnectionPair(
                record2.Id, record1.Id, ColumnValues.Reference(columns, DataverseSchema.Connection.Record1RoleId));
        }

        return null;
    }

    /// <summary>Whether Marketo's role key (opportunity, lead, role name) or the role would differ.</summary>
    public bool SameRoleAs(ConnectionPair other) =>
        OpportunityId == other.OpportunityId
        && ContactId == other.ContactId
        && RoleId == other.RoleId
        && string.Equals(RoleName, other.RoleName, StringComparison.Ordinal);

    /// <summary>Writes the pair's members into <paramref name="payload"/>.</summary>
    public PayloadWriter WriteTo(PayloadWriter payload) =>
        payload.String("opportunityId", OpportunityId.ToString("D"))
            .String("contactId", ContactId.ToString("D"))
            .String("roleId", RoleId?.ToString("D"))
            .String("role", RoleName);
}

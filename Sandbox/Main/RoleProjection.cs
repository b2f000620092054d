using Microsoft.Xrm.Sdk;
using MsiDynamics.Schema;
using C = MsiDynamics.Schema.DataverseSchema.Connection;
using L = MsiDynamics.Sandbox.Main.MarketoLinks;

namespace MsiDynamics.Sandbox.Main;

/// <summary>
/// The opportunity roles a CRM state should produce (marketo.md §3.6): one per active connection between an opportunity
/// and a contact, in either direction, counted once per pair (its master half, dataverse.md §0.4), whose role on the
/// contact's side is in the Stakeholder category (dataverse.md §0.4, §3.3), and whose contact is a person in Marketo (a role
/// names the person by its Marketo lead id). The role is named by the role's current name.
/// </summary>
internal static class RoleProjection
{
    public static IEnumerable<MarketoObject> Of(IReadOnlyList<Entity> connections, IReadOnlyList<Entity> roles, IReadOnlyList<MarketoObject> persons)
    {
        var stakeholderRoles = roles
            .Where(r => CrmValues.Choice(r, DataverseSchema.ConnectionRole.Category) == DataverseSchema.ConnectionRole.StakeholderCategory)
            .ToDictionary(r => r.Id, r => CrmValues.Text(r, DataverseSchema.ConnectionRole.Name));
        var personKeys = persons.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var connection in connections)
        {
            if (connection.GetAttributeValue<object>(C.IsMaster) is false || (CrmValues.Choice(connection, DataverseSchema.Common.StateCode) ?? 0) != 0)
            {
                continue;
            }

            var (opportunity, contact, roleLookup) = Ends(connection);
            if (opportunity is null || contact is null || !personKeys.Contains(contact)
                || connection.GetAttributeValue<EntityReference>(roleLookup) is not { } role
                || stakeholderRoles.GetValueOrDefault(role.Id) is not { } name)
            {
                continue;
            }

            yield return new MarketoObject(MarketoObjectKind.OpportunityRole, $"{opportunity}/{contact}/{name}", name,
                new Dictionary<string, string?>(), new Dictionary<string, string?> { [L.Opportunity] = opportunity, [L.Person] = contact });
        }
    }

    /// <summary>The opportunity, the contact and the lookup holding the contact's role, whichever end each is.</summary>
    internal static (string? Opportunity, string? Contact, string RoleLookup) Ends(Entity connection)
    {
        var opportunity1 = CrmValues.Reference(connection, C.Record1Id, DataverseSchema.Opportunity.EntityName);
        var contact2 = CrmValues.Reference(connection, C.Record2Id, DataverseSchema.Contact.EntityName);
        if (opportunity1 is not null && contact2 is not null)
        {
            return (opportunity1, contact2, C.Record2RoleId);
        }

        return (CrmValues.Reference(connection, C.Record2Id, DataverseSchema.Opportunity.EntityName),
            CrmValues.Reference(connection, C.Record1Id, DataverseSchema.Contact.EntityName), C.Record1RoleId);
    }
}

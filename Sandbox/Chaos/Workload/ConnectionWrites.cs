using Microsoft.Xrm.Sdk;
using MsiDynamics.Schema;
using static MsiDynamics.Sandbox.Chaos.Workload.WorkloadValues;
using C = MsiDynamics.Schema.DataverseSchema.Connection;

namespace MsiDynamics.Sandbox.Chaos.Workload;

/// <summary>
/// Stakeholders: connections between an opportunity and a contact with a role on the contact's side (dataverse.md
/// §3.3), written from either side, now and then a partnership between two accounts (not captured); changes of a
/// connection's role, ends and state; removals; and the admin's renames of connection roles.
/// </summary>
internal sealed class ConnectionWrites(WorkloadCrm crm)
{
    public bool Create(IOrganizationService service, Random random)
    {
        var id = crm.Ids.Next(random);
        Entity row;
        if (Chance(random, 10))
        {
            if (crm.Live.PickPair(Tables.Account, random, RecordState.Active) is not (var one, var other))
            {
                return false;
            }

            row = Row(id, new EntityReference(Tables.Account, one), null, new EntityReference(Tables.Account, other), crm.Role(random));
        }
        else
        {
            if (crm.Live.Pick(Tables.Opportunity, random, RecordState.Active) is not { } opportunity
                || crm.Live.Pick(Tables.Contact, random, RecordState.Active) is not { } contact)
            {
                return false;
            }

            var deal = new EntityReference(Tables.Opportunity, opportunity);
            var person = new EntityReference(Tables.Contact, contact);
            row = Chance(random, 25) ? Row(id, person, crm.Role(random), deal, null) : Row(id, deal, null, person, crm.Role(random));
        }

        service.Create(row);
        crm.Live.AddConnection(id, row.GetAttributeValue<EntityReference>(C.Record1Id)!, row.GetAttributeValue<EntityReference>(C.Record2Id)!);
        return true;
    }

    /// <summary>Changes a connection's role (either side), one of its ends, or its state.</summary>
    public bool Update(IOrganizationService service, Random random)
    {
        if (crm.Live.Pick(Tables.Connection, random) is not { } id || crm.Live.ConnectionOf(id) is not { } ends)
        {
            return false;
        }

        var row = new Entity(Tables.Connection, id);
        var roll = random.Next(100);
        var next = ends;
        if (roll < 35)
        {
            row[ends.Record2.LogicalName == Tables.Contact ? C.Record2RoleId : C.Record1RoleId] = crm.Role(random);
        }
        else if (roll < 60 && Another(ends.Record2, random) is { } record2)
        {
            row[C.Record2Id] = record2;
            next = ends with { Record2 = record2 };
        }
        else if (roll < 70 && Another(ends.Record1, random) is { } record1)
        {
            row[C.Record1Id] = record1;
            next = ends with { Record1 = record1 };
        }
        else if (roll < 80)
        {
            row[ends.Record2.LogicalName == Tables.Contact ? C.Record1RoleId : C.Record2RoleId] = Chance(random, 50) ? crm.Role(random) : null;
        }
        else
        {
            var active = crm.Live.StateOf(id) == RecordState.Active;
            row[DataverseSchema.Common.StateCode] = new OptionSetValue(active ? 1 : 0);
            row[DataverseSchema.Common.StatusCode] = new OptionSetValue(active ? 2 : 1);
            crm.Live.SetState(id, active ? RecordState.Inactive : RecordState.Active);
        }

        service.Update(row);
        crm.Live.SetConnection(id, next);
        return true;
    }

    public bool Delete(IOrganizationService service, Random random)
    {
        if (crm.Live.Pick(Tables.Connection, random) is not { } id)
        {
            return false;
        }

        service.Delete(Tables.Connection, id);
        crm.Live.Remove(id);
        return true;
    }

    /// <summary>The admin renames a role; one time in ten moves it between the Stakeholder (1000) and Sales (4) categories.</summary>
    public void RenameRole(Random random)
    {
        var id = Pick(random, [.. crm.StakeholderRoles, .. crm.OtherRoles]);
        var row = new Entity(Tables.ConnectionRole, id) { [DataverseSchema.ConnectionRole.Name] = RoleName(random) };
        if (Chance(random, 10))
        {
            row[DataverseSchema.ConnectionRole.Category] = new OptionSetValue(
                Chance(random, 70) ? DataverseSchema.ConnectionRole.StakeholderCategory : 4);
        }

        crm.Admin.Update(row);
    }

    private static Entity Row(Guid id, EntityReference record1, EntityReference? role1, EntityReference record2, EntityReference? role2)
    {
        var row = new Entity(Tables.Connection, id) { [C.Record1Id] = record1, [C.Record2Id] = record2 };
        if (role1 is not null)
        {
            row[C.Record1RoleId] = role1;
        }

        if (role2 is not null)
        {
            row[C.Record2RoleId] = role2;
        }

        return row;
    }

    private EntityReference? Another(EntityReference end, Random random) =>
        crm.Live.Pick(end.LogicalName, random, RecordState.Active) is { } id && id != end.Id ? new EntityReference(end.LogicalName, id) : null;
}

using Microsoft.Xrm.Sdk;
using static MsiDynamics.Sandbox.Chaos.Workload.WorkloadValues;

namespace MsiDynamics.Sandbox.Chaos.Workload;

/// <summary>
/// What happens to records besides typing: deletes, assigns (to a user or the team), state changes through
/// SetStateDynamicEntity (dataverse.md §2.3), users disabled and enabled, merges, and an opportunity won, lost or
/// reopened. Each picks a record in a state the operation is valid for; false when there is none.
/// </summary>
internal sealed class RecordLifecycle(WorkloadCrm crm)
{
    private static readonly string[] Owned = [Tables.Account, Tables.Contact, Tables.Lead, Tables.Opportunity];

    /// <summary>
    /// Deletes a record. A contact's or opportunity's stakeholder connections are removed first, as the platform's
    /// cascade would (the emulator does not cascade a record's connections, Operations/RemovedLinks.cs). Only an account
    /// no contact, lead or opportunity refers to is deleted: the platform would delete its contacts and opportunities
    /// with it and unlink its leads, which the emulator does not do (a deleted parent is a case of the bad-input corpus).
    /// </summary>
    public bool Delete(IOrganizationService service, string table, Random random)
    {
        var referenced = table == Tables.Account ? ReferencedAccounts() : [];
        if (crm.Live.PickWhere(table, random, (id, _) => !referenced.Contains(id)) is not { } id)
        {
            return false;
        }

        foreach (var connection in crm.Live.ConnectionsOf(id))
        {
            service.Delete(Tables.Connection, connection);
            crm.Live.Remove(connection);
        }

        service.Delete(table, id);
        crm.Live.Remove(id);
        return true;
    }

    private HashSet<Guid> ReferencedAccounts()
    {
        var lookups = new (string Table, string[] Columns)[]
        {
            (Tables.Contact, ["parentcustomerid"]), (Tables.Lead, ["parentaccountid"]), (Tables.Opportunity, ["parentaccountid", "customerid"]),
        };
        return [.. lookups.SelectMany(l => crm.Org.Rows(l.Table).SelectMany(row => l.Columns.Select(c => row.GetAttributeValue<EntityReference>(c))))
            .Where(r => r?.LogicalName == Tables.Account).Select(r => r!.Id)];
    }

    public bool Assign(IOrganizationService service, Random random, bool toTeam)
    {
        var table = Pick(random, Owned);
        if (crm.Live.Pick(table, random) is not { } id)
        {
            return false;
        }

        service.Execute(new OrganizationRequest("Assign")
        {
            ["Target"] = new EntityReference(table, id),
            ["Assignee"] = crm.Owner(random, toTeam),
        });
        return true;
    }

    /// <summary>SetStateDynamicEntity of a record of <paramref name="table"/> in <paramref name="from"/> to (state, status).</summary>
    public bool SetState(IOrganizationService service, string table, Random random, RecordState from, int state, int status, RecordState to)
    {
        if (crm.Live.Pick(table, random, from) is not { } id)
        {
            return false;
        }

        service.Execute(new OrganizationRequest("SetStateDynamicEntity")
        {
            ["EntityMoniker"] = new EntityReference(table, id),
            ["State"] = new OptionSetValue(state),
            ["Status"] = new OptionSetValue(status),
        });
        crm.Live.SetState(id, to);
        return true;
    }

    /// <summary>The admin disables or enables a user who is not one of the acting sales users (isdisabled, synced).</summary>
    public bool SetUserDisabled(Random random, bool disabled)
    {
        var from = disabled ? RecordState.Active : RecordState.Inactive;
        if (crm.Live.PickWhere(Tables.User, random, (id, state) => state == from && !crm.SalesUsers.Contains(id)) is not { } user)
        {
            return false;
        }

        crm.Admin.Update(new Entity(Tables.User, user) { ["isdisabled"] = disabled });
        crm.Live.SetState(user, disabled ? RecordState.Inactive : RecordState.Active);
        return true;
    }

    /// <summary>
    /// Merges one active record into another of the same table (the Merge request: Target, SubordinateId,
    /// UpdateContent, PerformParentingChecks; dataverse.md §2.3): half the time the master takes a value or two along.
    /// </summary>
    public bool Merge(IOrganizationService service, string table, Random random)
    {
        if (crm.Live.PickPair(table, random, RecordState.Active) is not (var master, var subordinate))
        {
            return false;
        }

        var content = new Entity(table);
        if (Chance(random, 50))
        {
            var values = new ColumnValues(crm);
            values.Set(content, Pick<string>(random, table == Tables.Account ? ["telephone1", "websiteurl", "address1_city"] : ["jobtitle", "telephone1"]), random, RecordState.Active);
        }

        service.Execute(new OrganizationRequest("Merge")
        {
            ["Target"] = new EntityReference(table, master),
            ["SubordinateId"] = subordinate,
            ["UpdateContent"] = content,
            ["PerformParentingChecks"] = false,
        });
        crm.Live.SetState(subordinate, table == Tables.Lead ? RecordState.Merged : RecordState.Inactive);
        return true;
    }

    /// <summary>
    /// WinOpportunity or LoseOpportunity of an open opportunity (OpportunityClose + Status; dataverse.md §0.11):
    /// won with Won (3) or the default (-1), lost as Canceled (4), Out-Sold (5) or the default.
    /// </summary>
    public bool Close(IOrganizationService service, Random random, bool won)
    {
        if (crm.Live.Pick(Tables.Opportunity, random, RecordState.Active) is not { } id)
        {
            return false;
        }

        var close = new Entity("opportunityclose")
        {
            ["opportunityid"] = new EntityReference(Tables.Opportunity, id),
            ["subject"] = won ? "Won: signed" : Pick(random, ["Lost to a competitor", "No budget", "Project cancelled"]),
            ["actualrevenue"] = won ? Amount(random, 1_000, 2_000_000) : null,
            ["actualend"] = Date(random, 30),
        };
        var status = won ? Pick(random, [3, -1]) : Pick(random, [4, 5, -1]);
        service.Execute(new OrganizationRequest(won ? "WinOpportunity" : "LoseOpportunity")
        {
            ["OpportunityClose"] = close,
            ["Status"] = new OptionSetValue(status),
        });
        crm.Live.SetState(id, won ? RecordState.Won : RecordState.Lost);
        return true;
    }
}

using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.Pipeline;

namespace MsiDynamics.Sandbox.Chaos.Workload;

/// <summary>
/// The organisation as the workload sees it: who acts (the admin, the sales users), the team, the connection roles,
/// the registry of live records, the sync settings and the id source. Shared by every user of one run.
/// </summary>
internal sealed class WorkloadCrm(InMemoryOrganization org, WorkloadIds ids)
{
    public InMemoryOrganization Org { get; } = org;

    public WorkloadIds Ids { get; } = ids;

    public LiveRecords Live { get; } = new();

    /// <summary>The administrator: creates and disables users, renames roles, toggles the sync settings.</summary>
    public Guid AdminId { get; set; }

    public IOrganizationService Admin => Org.ServiceAs(AdminId);

    /// <summary>The sales users the workload's users act as (never disabled, so their own saves stay plausible).</summary>
    public List<Guid> SalesUsers { get; } = [];

    /// <summary>The team records are assigned to (team ownership gives no sales person, marketo.md §7).</summary>
    public Guid TeamId { get; set; }

    /// <summary>Connection roles: the Stakeholder ones (category 1000, they sync) first, then the others.</summary>
    public List<Guid> StakeholderRoles { get; } = [];

    public List<Guid> OtherRoles { get; } = [];

    public SyncToggles Settings { get; } = new();

    /// <summary>A role for a new or changed connection: mostly a Stakeholder one, sometimes another, sometimes none.</summary>
    public EntityReference? Role(Random random)
    {
        var roll = random.Next(10);
        var roles = roll < 7 ? StakeholderRoles : roll < 9 ? OtherRoles : null;
        return roles is { Count: > 0 } ? new EntityReference(Tables.ConnectionRole, WorkloadValues.Pick(random, roles)) : null;
    }

    /// <summary>A new owner: the team when <paramref name="team"/>, else an enabled user (any one, the new hires too).</summary>
    public EntityReference Owner(Random random, bool team)
    {
        if (!team && Live.Pick(Tables.User, random, RecordState.Active) is { } user)
        {
            return new EntityReference(Tables.User, user);
        }

        return new EntityReference(Tables.Team, TeamId);
    }
}

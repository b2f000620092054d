using System.Text.Json.Nodes;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// A Marketo opportunity role (marketo.md §3.6), keyed by (<c>externalOpportunityId</c>,
/// <c>leadId</c>, <c>role</c>); none of the three can be updated.
/// </summary>
public sealed class OpportunityRole : MarketoRecord
{
    internal OpportunityRole(int ordinal, JsonObject fields)
        : base(ordinal, fields)
    {
    }

    /// <summary>Marketo's id for roles: a GUID string (idField <c>marketoGUID</c>).</summary>
    public string MarketoGuid => this[OpportunityRoleSchema.MarketoGuid] ?? string.Empty;

    public string? ExternalOpportunityId => this[OpportunityRoleSchema.ExternalOpportunityId];

    /// <summary>The Marketo lead id (not a CRM id, §3.6).</summary>
    public int LeadId => Integer(OpportunityRoleSchema.LeadId) ?? 0;

    public string? Role => this[OpportunityRoleSchema.Role];

    public bool IsPrimary => this["isPrimary"] == "true";
}

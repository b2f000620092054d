using System.Text.Json.Nodes;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>A Marketo opportunity (marketo.md §3.5), keyed by <c>externalOpportunityId</c>.</summary>
public sealed class Opportunity : MarketoRecord
{
    internal Opportunity(int ordinal, JsonObject fields)
        : base(ordinal, fields)
    {
    }

    /// <summary>Marketo's id for opportunities: a GUID string (idField <c>marketoGUID</c>, §3.5).</summary>
    public string MarketoGuid => this[OpportunitySchema.MarketoGuid] ?? string.Empty;

    /// <summary>The CRM opportunity id (architecture.md §1).</summary>
    public string? ExternalOpportunityId => this[OpportunitySchema.ExternalOpportunityId];

    public string? Name => this[OpportunitySchema.Name];

    public string? ExternalCompanyId => this[OpportunitySchema.ExternalCompanyId];

    public string? ExternalSalesPersonId => this[OpportunitySchema.ExternalSalesPersonId];
}

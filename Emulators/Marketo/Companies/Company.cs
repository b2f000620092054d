using System.Text.Json.Nodes;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>A Marketo company (marketo.md §3.3), keyed by <c>externalCompanyId</c>.</summary>
public sealed class Company : MarketoRecord
{
    internal Company(int ordinal, JsonObject fields)
        : base(ordinal, fields)
    {
    }

    /// <summary>Marketo's integer id.</summary>
    public int Id => Ordinal;

    /// <summary>The CRM account id (architecture.md §1).</summary>
    public string? ExternalCompanyId => this[CompanySchema.ExternalCompanyId];

    /// <summary>The account owner; MSI-D mandates it on each company (§3.3).</summary>
    public string? ExternalSalesPersonId => this[CompanySchema.ExternalSalesPersonId];

    /// <summary>The company name (field <c>company</c>).</summary>
    public string? Name => this[CompanySchema.CompanyName];
}

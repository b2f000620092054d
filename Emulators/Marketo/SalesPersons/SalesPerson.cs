using System.Text.Json.Nodes;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>A Marketo sales person (marketo.md §3.2), keyed by <c>externalSalesPersonId</c>.</summary>
public sealed class SalesPerson : MarketoRecord
{
    internal SalesPerson(int ordinal, JsonObject fields)
        : base(ordinal, fields)
    {
    }

    /// <summary>Marketo's integer id.</summary>
    public int Id => Ordinal;

    /// <summary>The CRM user id (architecture.md §1: the systemuserid).</summary>
    public string? ExternalSalesPersonId => this[SalesPersonSchema.ExternalSalesPersonId];

    /// <summary>Must equal the CRM user's e-mail for MSI to show anything (§4.4 rule 3).</summary>
    public string? Email => this[SalesPersonSchema.Email];

    public string? FirstName => this["firstName"];

    public string? LastName => this["lastName"];
}

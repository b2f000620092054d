using System.Text.Json.Nodes;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// A Marketo lead (person): its integer id, the external ids MSI Non-Native needs (marketo.md §3.4)
/// and the read-only MSI fields (§4.1).
/// </summary>
public sealed class Lead : MarketoRecord
{
    internal Lead(int ordinal, JsonObject fields)
        : base(ordinal, fields)
    {
    }

    /// <summary>Marketo's integer lead id.</summary>
    public int Id => Ordinal;

    public string? Email => this[LeadFields.Email];

    /// <summary>The CRM lead or contact id (architecture.md §1).</summary>
    public string? ExternalPersonId => this[LeadFields.ExternalPersonId];

    public string? ExternalCompanyId => this[LeadFields.ExternalCompanyId];

    public string? ExternalSalesPersonId => this[LeadFields.ExternalSalesPersonId];

    public string? MsiLastInterestingMomentType => this[LeadFields.MsiType];

    public DateTimeOffset? MsiLastInterestingMomentDate =>
        FieldValues.TryParseTimestamp(this[LeadFields.MsiDate], out var date) ? date : null;

    public string? MsiLastInterestingMomentDesc => this[LeadFields.MsiDesc];

    public string? MsiLastInterestingMomentSource => this[LeadFields.MsiSource];

    public int? Priority => Integer(LeadFields.Priority);

    public int? RelativeUrgency => Integer(LeadFields.RelativeUrgency);

    public int? RelativeScore => Integer(LeadFields.RelativeScore);
}

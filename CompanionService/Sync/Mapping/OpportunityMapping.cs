using System.Globalization;
using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Marketo.Opportunities;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Sync.Mapping;

/// <summary>
/// A Dynamics <c>opportunity</c> as a Marketo opportunity (architecture.md §1, row 4; marketo.md §3.5), keyed by
/// <c>externalOpportunityId</c> = the opportunityid, linked to its account's company and its owner's sales person.
/// </summary>
internal static class OpportunityMapping
{
    private const string Name = "name";
    private const string Customer = "customerid";
    private const string EstimatedCloseDate = "estimatedclosedate";
    private const string ActualCloseDate = "actualclosedate";

    // opportunity statecode (dataverse.md §3): 0 Open, 1 Won, 2 Lost.
    private const int Open = 0;
    private const int Won = 1;

    /// <summary>Every Dynamics column <see cref="Map"/> reads (besides the primary key).</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        Name, "description", "estimatedvalue", EstimatedCloseDate, ActualCloseDate, "closeprobability", "stepname",
        MappingRow.ParentAccount, Customer, MappingRow.Owner, MappingRow.State,
    ];

    /// <summary>The Dynamics column an opportunity's Marketo <paramref name="field"/> is read from, for a report an admin acts on in Dynamics.</summary>
    public static string ColumnOf(string field) => field switch
    {
        MarketoSchema.Name => Name,
        MarketoSchema.ExternalCompanyId => $"{MappingRow.ParentAccount} or {Customer}",
        MarketoSchema.ExternalSalesPersonId => MappingRow.Owner,
        "amount" => "estimatedvalue",
        "closeDate" => $"{EstimatedCloseDate} or {ActualCloseDate}",
        "probability" => "closeprobability",
        "stage" => "stepname",
        "isClosed" or "isWon" => MappingRow.State,
        _ => field,
    };

    /// <summary>
    /// The opportunity for <paramref name="row"/>. Marketo refuses one without a name (marketo.md §3.5), so a nameless
    /// row is a mapping error. The company is the parent account, else the potential customer when that is an account:
    /// a contact as customer is no company (marketo.md §7). A team owner gives no sales person (marketo.md §7).
    /// </summary>
    public static Mapped<MarketoOpportunity> Map(DataverseRow row)
    {
        if (MappingRow.Id(row, DataverseSchema.Opportunity.Id) is not { } id)
        {
            return Mapped<MarketoOpportunity>.Fails("The opportunity row carries no opportunityid.");
        }

        if (MappingRow.Text(row, Name) is not { } name)
        {
            return Mapped<MarketoOpportunity>.Fails($"Opportunity {id} has no topic ({Name}); Marketo requires an opportunity's name.");
        }

        var company = MappingRow.Reference(row, MappingRow.ParentAccount, DataverseSchema.Account.EntityName)
            ?? MappingRow.Reference(row, Customer, DataverseSchema.Account.EntityName);
        var state = row.GetChoice(MappingRow.State);

        // A closed opportunity's close date is the actual one; an open one's is the estimate.
        var closeDate = state is Open or null ? row.GetDate(EstimatedCloseDate) : row.GetDate(ActualCloseDate) ?? row.GetDate(EstimatedCloseDate);
        var fields = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["description"] = MappingRow.Text(row, "description"),
            ["amount"] = row.GetDecimal("estimatedvalue"),
            ["closeDate"] = closeDate?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["probability"] = row.GetInt("closeprobability"),
            ["stage"] = MappingRow.Text(row, "stepname"),
            ["isClosed"] = state is { } closed ? closed != Open : null,
            ["isWon"] = state is { } won ? won == Won : null,
        };
        return Mapped<MarketoOpportunity>.To(new MarketoOpportunity(id, name, company, MappingRow.SalesPerson(row), fields));
    }
}

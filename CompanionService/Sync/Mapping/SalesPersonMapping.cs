using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Marketo.SalesPersons;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Sync.Mapping;

/// <summary>
/// A Dynamics <c>systemuser</c> as a Marketo sales person (architecture.md §1, row 1; marketo.md §3.2), keyed by
/// <c>externalSalesPersonId</c> = the systemuserid.
/// </summary>
internal static class SalesPersonMapping
{
    private const string FirstName = "firstname";
    private const string LastName = "lastname";
    private const string Email = "internalemailaddress";

    /// <summary>Every Dynamics column <see cref="Map"/> reads (besides the primary key).</summary>
    public static readonly IReadOnlyList<string> Columns = [FirstName, LastName, Email];

    /// <summary>The Dynamics column a sales person's Marketo <paramref name="field"/> is read from, for a report an admin acts on in Dynamics.</summary>
    public static string ColumnOf(string field) => field switch
    {
        MarketoSchema.Email => Email,
        MarketoSchema.FirstName => FirstName,
        MarketoSchema.LastName => LastName,
        _ => field,
    };

    /// <summary>
    /// The sales person for <paramref name="row"/>. Its e-mail is the user's primary address as Dynamics holds it: MSI
    /// shows nothing for a user whose sales person's address differs (marketo.md §4.4 rule 3), so a user without one is
    /// a mapping error rather than a sales person nobody can match.
    /// </summary>
    public static Mapped<MarketoSalesPerson> Map(DataverseRow row)
    {
        if (MappingRow.Id(row, DataverseSchema.SystemUser.Id) is not { } id)
        {
            return Mapped<MarketoSalesPerson>.Fails("The user row carries no systemuserid.");
        }

        if (MappingRow.Text(row, Email) is not { } email)
        {
            return Mapped<MarketoSalesPerson>.Fails(
                $"User {id} has no primary e-mail address ({Email}); Marketo Sales Insight matches a sales person to its "
                + "user by that address. Add one to the user.");
        }

        return Mapped<MarketoSalesPerson>.To(new MarketoSalesPerson(id, email, MappingRow.Text(row, FirstName), MappingRow.Text(row, LastName)));
    }
}

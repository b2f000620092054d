using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.Schema;
using C = MsiDynamics.Schema.DataverseSchema.Connection;

namespace MsiDynamics.CompanionService.Operations.Verify;

/// <summary>The name an administrator knows a row by, from the columns the drain reads: a person's or user's full name, an account's or opportunity's name.</summary>
internal static class CrmNames
{
    private const string Unnamed = "(no name)";

    public static string Of(string table, DataverseRow row) => table switch
    {
        DataverseSchema.SystemUser.EntityName => Person(row, "internalemailaddress"),
        DataverseSchema.Lead.EntityName or DataverseSchema.Contact.EntityName => Person(row, DataverseSchema.Common.EmailAddress1),
        DataverseSchema.Account.EntityName or DataverseSchema.Opportunity.EntityName => Text(row, DataverseSchema.Common.Name) ?? Unnamed,
        _ => Unnamed,
    };

    /// <summary>A role as "Champion: Cy Champion on Fabrikam renewal", from the connection's formatted lookups.</summary>
    public static string OfRole(DataverseRow row, string role, bool contactIsFirst) =>
        $"{role}: {End(row, contactIsFirst ? C.Record1Id : C.Record2Id)} on {End(row, contactIsFirst ? C.Record2Id : C.Record1Id)}";

    private static string End(DataverseRow row, string lookup) =>
        row.GetFormattedValue(ODataAnnotations.LookupValue(lookup))?.Trim() is { Length: > 0 } name ? name : Unnamed;

    private static string Person(DataverseRow row, string email)
    {
        var name = string.Join(' ', new[] { Text(row, "firstname"), Text(row, "lastname") }.OfType<string>());
        return name.Length > 0 ? name : Text(row, email) ?? Unnamed;
    }

    private static string? Text(DataverseRow row, string column) => row.GetString(column)?.Trim() is { Length: > 0 } text ? text : null;
}

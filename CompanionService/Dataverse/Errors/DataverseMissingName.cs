using System.Text.RegularExpressions;

namespace MsiDynamics.CompanionService.Dataverse.Errors;

/// <summary>
/// Recognises Dataverse's answers that say a name in the request does not exist in this environment: an entity
/// set or path segment (404 <c>0x8006088a</c> "Resource not found for the segment 'x'."), a column in
/// <c>$select</c>/<c>$filter</c> (400 "Could not find a property named 'x' on type '…'.") or in a body (400 "The
/// property 'x' does not exist on type '…'."), as dataverse.md §6.1 records. A missing row is another answer
/// (404 <c>0x80040217</c> "… Does Not Exist"). Classified by status and message, never by code alone (§0.14).
/// </summary>
internal static partial class DataverseMissingName
{
    /// <summary>Dataverse's code for "Resource not found for the segment".</summary>
    public const string ResourceNotFoundCode = "0x8006088a";

    /// <summary>
    /// The name <paramref name="error"/> says does not exist: empty when only the code says so, null when the
    /// answer is about something else (a missing row, a refused value).
    /// </summary>
    public static string? Find(int httpStatus, DataverseError error)
    {
        if (httpStatus is not (400 or 404))
        {
            return null;
        }

        var match = UnknownName().Match(error.Message);
        if (match.Success)
        {
            return match.Groups["name"].Value;
        }

        return httpStatus == 404 && error.Code.Equals(ResourceNotFoundCode, StringComparison.OrdinalIgnoreCase) ? string.Empty : null;
    }

    /// <summary>
    /// The error a NotConfigured outcome carries: Dataverse's code and message (or the status and the start of a
    /// body that was not Dataverse's), then the name and what to check.
    /// </summary>
    public static DataverseError Explain(int httpStatus, DataverseError? error, string? body)
    {
        if (error is null)
        {
            // Dataverse answers a missing row with its error body (§6); a bare 404 comes from in front of the Web API.
            var bare = DataverseError.From(httpStatus, body);
            return bare with
            {
                Message = bare.Message + " The URL does not reach a Dataverse Web API: check Dataverse:Url (the environment's URL, e.g. https://<org>.crm.dynamics.com/).",
            };
        }

        var name = Find(httpStatus, error);
        var what = string.IsNullOrEmpty(name) ? "a table, column or path segment the request names" : $"'{name}'";
        return error with
        {
            Message = $"{error.Message} Dataverse does not know {what} in this environment: check the entity set and column names "
                + "(case-sensitive) and that the MsiDynamics solution is imported and published.",
        };
    }

    [GeneratedRegex(
        @"Resource not found for the segment '(?<name>[^']*)'|Could not find a property named '(?<name>[^']*)'|The property '(?<name>[^']*)' does not exist on type",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnknownName();
}

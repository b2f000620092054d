using System.Text.Json;
using MsiDynamics.CompanionService.Dataverse.Errors;

namespace MsiDynamics.CompanionService.Dataverse.OData;

/// <summary>
/// One page of a collection query: its rows, the link to the next page, and the outcome. A failed page
/// has no rows and ends the stream: a caller must look at <see cref="Outcome"/> and never read an outage
/// as "no rows".
/// </summary>
public sealed class DataversePage
{
    private DataversePage(IReadOnlyList<DataverseRow> rows, string? nextLink, DataverseOutcome outcome)
    {
        Rows = rows;
        NextLink = nextLink;
        Outcome = outcome;
    }

    /// <summary>The rows of this page, in the order Dataverse returned them.</summary>
    public IReadOnlyList<DataverseRow> Rows { get; }

    /// <summary>The <c>@odata.nextLink</c> (absolute URL with <c>$skiptoken</c>); null on the last page.</summary>
    public string? NextLink { get; }

    /// <summary>Succeeded, or why the page could not be read.</summary>
    public DataverseOutcome Outcome { get; }

    /// <summary>A page read from a collection response body.</summary>
    public static DataversePage Parse(string body, DataverseOutcome outcome)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (!root.TryGetProperty(ODataAnnotations.Value, out var value) || value.ValueKind != JsonValueKind.Array)
            {
                return Failed(DataverseOutcome.Failed(DataverseOutcomeKind.Rejected, "The response has no \"value\" array of rows.", outcome.HttpStatus));
            }

            // One copy of the array, so the rows outlive the parser's pooled buffers.
            var rows = value.Clone().EnumerateArray().Select(row => new DataverseRow(row)).ToList();
            var next = root.TryGetProperty(ODataAnnotations.NextLink, out var link) && link.ValueKind == JsonValueKind.String ? link.GetString() : null;
            return new DataversePage(rows, next, outcome);
        }
        catch (JsonException)
        {
            return Failed(DataverseOutcome.Failed(DataverseOutcomeKind.Unavailable, "The response was not JSON.", outcome.HttpStatus));
        }
    }

    /// <summary>A page that could not be read.</summary>
    public static DataversePage Failed(DataverseOutcome outcome) => new([], null, outcome);

    public override string ToString() => $"{Rows.Count} rows{(NextLink is null ? string.Empty : ", more")}; {Outcome}";
}

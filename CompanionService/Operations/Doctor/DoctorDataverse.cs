using System.Text.Json;
using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.CompanionService.Dataverse.Transport;

namespace MsiDynamics.CompanionService.Operations.Doctor;

/// <summary>
/// The Web API reads of the readiness checks: one row by path, or the first page of a collection (every answer
/// <c>doctor</c> reads fits one page: a few dozen steps, roles, settings or columns). Through the worker's own transport,
/// token, rate gate and retries.
/// </summary>
internal sealed class DoctorDataverse(DataverseQueries queries, DataverseTransport transport)
{
    /// <summary>The URL the worker is configured with (Dataverse:Url's Web API root), for findings.</summary>
    public Uri WebApiUrl => transport.WebApiUrl;

    /// <summary><c>GET {path}</c> of a collection: its first page's rows, or the failure.</summary>
    public async Task<(IReadOnlyList<DataverseRow> Rows, DataverseOutcome Outcome)> ListAsync(string path, string operation, CancellationToken cancellationToken)
    {
        var page = await queries.PageAsync(path, [], "doctor." + operation, cancellationToken).ConfigureAwait(false);
        return (page.Rows, page.Outcome);
    }

    /// <summary><c>GET {path}</c> of one row (or a function such as WhoAmI): the row, or null and the failure.</summary>
    public async Task<(DataverseRow? Row, DataverseOutcome Outcome)> ReadAsync(string path, string operation, CancellationToken cancellationToken)
    {
        var reply = await transport.SendAsync(DataverseRequest.Get(path, "doctor." + operation, []), cancellationToken).ConfigureAwait(false);
        if (!reply.Outcome.IsSuccess)
        {
            return (null, reply.Outcome);
        }

        try
        {
            using var document = JsonDocument.Parse(reply.Body);
            return (new DataverseRow(document.RootElement.Clone()), reply.Outcome);
        }
        catch (JsonException)
        {
            return (null, DataverseOutcome.Failed(DataverseOutcomeKind.Rejected, $"The answer to {path} was not JSON.", reply.Outcome.HttpStatus));
        }
    }

    /// <summary>
    /// The column names of <paramref name="table"/>: <c>GET EntityDefinitions(LogicalName='x')/Attributes?$select=LogicalName</c>
    /// (DOCS "Query table definitions using the Web API"), one request; null and the failure when the table is unknown.
    /// </summary>
    public async Task<(IReadOnlySet<string>? Columns, DataverseOutcome Outcome)> ColumnsAsync(string table, CancellationToken cancellationToken)
    {
        var (rows, outcome) = await ListAsync($"EntityDefinitions(LogicalName='{ODataUri.Name(table)}')/Attributes?$select=LogicalName", "columns", cancellationToken).ConfigureAwait(false);
        return outcome.IsSuccess
            ? (rows.Select(r => r.GetString("LogicalName")).OfType<string>().ToHashSet(StringComparer.Ordinal), outcome)
            : (null, outcome);
    }

    /// <summary>
    /// What an administrator does about a failed read of <paramref name="what"/>: the privilege to grant, the setting to
    /// check, or to wait. Never quotes a secret (the outcome carries none).
    /// </summary>
    public static string Advice(DataverseOutcome outcome, string what) => outcome.Kind switch
    {
        DataverseOutcomeKind.AccessDenied =>
            $"The application user may not read {what} (HTTP {outcome.HttpStatus}): give it a security role with Read on it, or run doctor "
            + "with an administrator's app registration (--Dataverse:ClientId=… and its secret in the environment).",
        DataverseOutcomeKind.NotConfigured or DataverseOutcomeKind.NotFound =>
            $"Dataverse does not know {what} (HTTP {outcome.HttpStatus}): import the MsiDynamics solution into this environment, or check Dataverse:Url.",
        DataverseOutcomeKind.Unavailable or DataverseOutcomeKind.Unknown =>
            $"Dataverse did not answer the read of {what} ({outcome.Error?.Message}): try again in a few minutes.",
        _ => $"Dataverse refused the read of {what} (HTTP {outcome.HttpStatus}: {outcome.Error?.Message}).",
    };
}

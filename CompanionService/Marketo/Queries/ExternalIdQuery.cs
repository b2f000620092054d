using System.Globalization;
using System.Text.Json;
using MsiDynamics.CompanionService.Marketo.Limits;
using MsiDynamics.CompanionService.Marketo.Transport;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Marketo.Queries;

/// <summary>
/// Reads sales persons, companies or opportunities by external id: <c>filterType</c> = the external-id field,
/// <c>filterValues</c> = the ids' canonical text (architecture.md §1), at most 300 a call (marketo.md §3.1, §5.1), asking
/// only for Marketo's id and the external id. Sent as <c>POST {object}.json?_method=GET</c> with a form body, as lead
/// reads are (Decision 2): 300 GUIDs overflow the 8 KB URI limit, DEV says these queries follow the leads API's
/// pattern, and PY sends its sales person and company queries so (marketo.md §6). Follows <c>nextPageToken</c> until <c>moreResult</c> is false. The body never carries the token.
/// </summary>
public sealed class ExternalIdQuery(MarketoTransport transport)
{
    /// <summary>
    /// The records of <paramref name="target"/> whose external id is one of <paramref name="externalIds"/> (any number).
    /// A failed call ends the read with its outcome and what earlier calls found; a result without a readable external
    /// id or Marketo id is named in <see cref="MarketoPage{T}.Unreadable"/>, never thrown.
    /// </summary>
    internal async Task<MarketoPage<MarketoExternalIdMatch>> ReadAsync(
        ExternalIdQueryTarget target, IReadOnlyList<RecordId> externalIds, CancellationToken cancellationToken)
    {
        var found = new List<MarketoExternalIdMatch>();
        var unreadable = new List<MarketoUnreadableRecord>();
        foreach (var chunk in externalIds.Distinct().Chunk(MarketoLimits.RecordsPerCall))
        {
            string? pageToken = null;
            do
            {
                var request = MarketoRequest.Post(target.Path, MarketoJson.Form(Form(target, chunk, pageToken)),
                    MarketoOperationKind.Read, target.Operation);
                var response = await transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
                if (!response.ReadOutcome.IsSuccess)
                {
                    return new MarketoPage<MarketoExternalIdMatch>(response.ReadOutcome, found, null, false) { Unreadable = unreadable };
                }

                var results = response.Envelope?.Result ?? [];
                for (var position = 0; position < results.Count; position++)
                {
                    if (Match(target, results[position]) is { } match)
                    {
                        found.Add(match);
                    }
                    else
                    {
                        unreadable.Add(new MarketoUnreadableRecord(position, Text(results[position], target.IdField),
                            $"No {target.IdField} or no GUID in {target.ExternalIdField}: the record matches no Dynamics row."));
                    }
                }

                pageToken = response.Envelope is { MoreResult: true, NextPageToken: { Length: > 0 } next } ? next : null;
            }
            while (pageToken is not null);
        }

        return new MarketoPage<MarketoExternalIdMatch>(MarketoCallOutcome.Succeeded, found, null, false) { Unreadable = unreadable };
    }

    private static MarketoExternalIdMatch? Match(ExternalIdQueryTarget target, JsonElement result) =>
        RecordId.TryParse(Text(result, target.ExternalIdField), out var externalId) && Text(result, target.IdField) is { Length: > 0 } id
            ? new MarketoExternalIdMatch(externalId, id)
            : null;

    /// <summary>A field of a result as text (a number as its JSON text); null when absent, null or not a value.</summary>
    private static string? Text(JsonElement result, string field) =>
        result.ValueKind == JsonValueKind.Object && result.TryGetProperty(field, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    private static List<KeyValuePair<string, string>> Form(ExternalIdQueryTarget target, RecordId[] ids, string? pageToken)
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new(MarketoSchema.FilterType, target.ExternalIdField),
            new(MarketoSchema.FilterValues, string.Join(',', ids.Select(id => id.ToString()))),
            new(MarketoSchema.Fields, $"{target.IdField},{target.ExternalIdField}"),
            new(MarketoSchema.BatchSize, MarketoLimits.RecordsPerCall.ToString(CultureInfo.InvariantCulture)),
        };
        if (pageToken is not null)
        {
            form.Add(new(MarketoSchema.NextPageToken, pageToken));
        }

        return form;
    }
}

using System.Globalization;
using MsiDynamics.CompanionService.Marketo.Limits;
using MsiDynamics.CompanionService.Marketo.Transport;

namespace MsiDynamics.CompanionService.Marketo.Queries;

/// <summary>
/// Reads sales persons, companies, opportunities or opportunity roles by one searchable field, with the fields asked
/// for: the external fields a link check needs (marketo.md §4.4 rule 4: verify with a GET that requests the external
/// fields). At most 300 filter values a call (§3.1, §5.1), sent as <c>POST …?_method=GET</c> with a form body
/// (Decision 2); follows <c>nextPageToken</c> until <c>moreResult</c> is false. The body never carries the token.
/// </summary>
public sealed class FieldsQuery(MarketoTransport transport)
{
    /// <summary>
    /// The records of <paramref name="target"/> whose filter field is one of <paramref name="values"/> (any number),
    /// with <paramref name="fields"/> and the filter field. A failed call ends the read with its outcome and what
    /// earlier calls found.
    /// </summary>
    internal async Task<MarketoPage<MarketoFieldsRecord>> ReadAsync(
        FieldsQueryTarget target, IReadOnlyList<string> values, IReadOnlyList<string> fields, CancellationToken cancellationToken)
    {
        var found = new List<MarketoFieldsRecord>();
        var asked = fields.Prepend(target.FilterField).Distinct(StringComparer.Ordinal).ToList();
        foreach (var chunk in values.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.OrdinalIgnoreCase).Chunk(MarketoLimits.RecordsPerCall))
        {
            string? pageToken = null;
            do
            {
                var request = MarketoRequest.Post(target.Path, MarketoJson.Form(Form(target, chunk, asked, pageToken)),
                    MarketoOperationKind.Read, target.Operation);
                var response = await transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
                if (!response.ReadOutcome.IsSuccess)
                {
                    return new MarketoPage<MarketoFieldsRecord>(response.ReadOutcome, found, null, false);
                }

                found.AddRange((response.Envelope?.Result ?? []).Select(MarketoFieldsRecord.From));
                pageToken = response.Envelope is { MoreResult: true, NextPageToken: { Length: > 0 } next } ? next : null;
            }
            while (pageToken is not null);
        }

        return new MarketoPage<MarketoFieldsRecord>(MarketoCallOutcome.Succeeded, found, null, false);
    }

    private static List<KeyValuePair<string, string>> Form(FieldsQueryTarget target, string[] values, IReadOnlyList<string> fields, string? pageToken)
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new(MarketoSchema.FilterType, target.FilterField),
            new(MarketoSchema.FilterValues, string.Join(',', values)),
            new(MarketoSchema.Fields, string.Join(',', fields)),
            new(MarketoSchema.BatchSize, MarketoLimits.RecordsPerCall.ToString(CultureInfo.InvariantCulture)),
        };
        if (pageToken is not null)
        {
            form.Add(new(MarketoSchema.NextPageToken, pageToken));
        }

        return form;
    }
}

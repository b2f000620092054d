using System.Globalization;
using System.Text.Json;
using MsiDynamics.CompanionService.Marketo.Limits;
using MsiDynamics.CompanionService.Marketo.Transport;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Marketo.SalesPersons;

/// <summary>
/// The e-mail Marketo holds for sales persons, by <c>externalSalesPersonId</c> (marketo.md §3.2, §4.4 rule 3: it must
/// equal the Dynamics user's, or MSI shows that user nothing): <c>POST /rest/v1/salespersons.json?_method=GET</c> with a
/// form body, <c>fields=externalSalesPersonId,email</c>, 300 ids a call, following <c>nextPageToken</c>.
/// </summary>
public sealed class SalesPersonEmails(MarketoTransport transport)
{
    /// <summary>
    /// External id → e-mail (null when Marketo has none) for the ids Marketo knows; an id it lacks is absent. A failed
    /// call ends the read with its outcome.
    /// </summary>
    public async Task<(IReadOnlyDictionary<RecordId, string?> Emails, MarketoCallOutcome Outcome)> ReadAsync(
        IReadOnlyList<RecordId> externalSalesPersonIds, CancellationToken cancellationToken = default)
    {
        var emails = new Dictionary<RecordId, string?>();
        foreach (var chunk in externalSalesPersonIds.Distinct().Chunk(MarketoLimits.RecordsPerCall))
        {
            string? pageToken = null;
            do
            {
                var request = MarketoRequest.Post(MarketoSchema.SalesPersonsQuery, MarketoJson.Form(Form(chunk, pageToken)),
                    MarketoOperationKind.Read, "salespersons.emails");
                var response = await transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
                if (!response.ReadOutcome.IsSuccess)
                {
                    return (emails, response.ReadOutcome);
                }

                foreach (var result in response.Envelope?.Result ?? [])
                {
                    if (Text(result, MarketoSchema.ExternalSalesPersonId) is { } text && RecordId.TryParse(text, out var id))
                    {
                        emails[id] = Text(result, MarketoSchema.Email);
                    }
                }

                pageToken = response.Envelope is { MoreResult: true, NextPageToken: { Length: > 0 } next } ? next : null;
            }
            while (pageToken is not null);
        }

        return (emails, MarketoCallOutcome.Succeeded);
    }

    private static string? Text(JsonElement result, string field) =>
        result.ValueKind == JsonValueKind.Object && result.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static List<KeyValuePair<string, string>> Form(RecordId[] ids, string? pageToken)
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new(MarketoSchema.FilterType, MarketoSchema.ExternalSalesPersonId),
            new(MarketoSchema.FilterValues, string.Join(',', ids.Select(id => id.ToString()))),
            new(MarketoSchema.Fields, $"{MarketoSchema.ExternalSalesPersonId},{MarketoSchema.Email}"),
            new(MarketoSchema.BatchSize, MarketoLimits.RecordsPerCall.ToString(CultureInfo.InvariantCulture)),
        };
        if (pageToken is not null)
        {
            form.Add(new(MarketoSchema.NextPageToken, pageToken));
        }

        return form;
    }
}

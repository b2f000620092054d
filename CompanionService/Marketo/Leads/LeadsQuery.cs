using MsiDynamics.CompanionService.Marketo.Limits;
using MsiDynamics.CompanionService.Marketo.Transport;

namespace MsiDynamics.CompanionService.Marketo.Leads;

/// <summary>
/// Get Leads by Filter Type, always as <c>POST /rest/v1/leads.json?_method=GET</c> with a form body
/// (Decision 2: 300 GUIDs are ≈ 11 KB, over the 8 KB URI limit). Splits the filter values into calls of
/// 300 and follows <c>nextPageToken</c> until <c>moreResult</c> is false. The body never carries the token. A field
/// the instance lacks is dropped and the call sent again when Marketo refuses it (<see cref="AbsentLeadFields"/>, D8).
/// </summary>
public sealed class LeadsQuery(MarketoTransport transport, AbsentLeadFields absent)
{
    /// <summary>All leads matching any of <paramref name="values"/> on <paramref name="filterType"/>.</summary>
    public async Task<MarketoPage<MarketoLeadRecord>> ReadAllAsync(
        string filterType, IReadOnlyList<string> values, IReadOnlyList<string> fields, CancellationToken cancellationToken)
    {
        var found = new List<MarketoLeadRecord>();
        var distinct = values.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var chunk in distinct.Chunk(MarketoLimits.RecordsPerCall))
        {
            string? pageToken = null;
            while (true)
            {
                var asked = fields.Where(f => !absent.Contains(f) && f != filterType && f != MarketoSchema.Id).ToList();
                var request = MarketoRequest.Post(MarketoSchema.LeadsQuery,
                    MarketoJson.Form(Form(filterType, chunk, asked, pageToken)), MarketoOperationKind.Read, "leads.query");
                var response = await transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
                if (absent.LearnFrom(response, asked))
                {
                    // The same page again, without the field the instance lacks (one retry per absent field).
                    continue;
                }

                if (!response.ReadOutcome.IsSuccess)
                {
                    return new MarketoPage<MarketoLeadRecord>(response.ReadOutcome, found, null, false);
                }

                found.AddRange(response.Items<System.Text.Json.JsonElement>().Select(MarketoLeadRecord.From));
                pageToken = response.Envelope is { MoreResult: true, NextPageToken: { Length: > 0 } next } ? next : null;
                if (pageToken is null)
                {
                    break;
                }
            }
        }

        return new MarketoPage<MarketoLeadRecord>(MarketoCallOutcome.Succeeded, found, null, false);
    }

    private static List<KeyValuePair<string, string>> Form(
        string filterType, string[] values, IReadOnlyList<string> fields, string? pageToken)
    {
        // id and the filter field always come back, so results can be matched to what was asked.
        var wanted = fields.Prepend(filterType).Prepend(MarketoSchema.Id).Distinct(StringComparer.Ordinal);
        var form = new List<KeyValuePair<string, string>>
        {
            new(MarketoSchema.FilterType, filterType),
            new(MarketoSchema.FilterValues, string.Join(',', values)),
            new(MarketoSchema.Fields, string.Join(',', wanted)),
            new(MarketoSchema.BatchSize, MarketoLimits.RecordsPerCall.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        if (pageToken is not null)
        {
            form.Add(new(MarketoSchema.NextPageToken, pageToken));
        }

        return form;
    }
}

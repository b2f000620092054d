using MsiDynamics.CompanionService.Marketo.Describe;

namespace MsiDynamics.CompanionService.Sync.Mapping;

/// <summary>
/// Fits a whole record to its Marketo object's describe (marketo.md D10), value by value with
/// <see cref="MarketoFieldFitter"/>. A field the describe lacks is a mapping error naming it: Marketo would skip the
/// record with 1006 (marketo.md §5.3), and the usual cause is a field removed from the instance after the mapping
/// was written.
/// </summary>
internal static class MarketoRecordFitter
{
    /// <summary>
    /// <paramref name="record"/> (Marketo field name → the Dataverse column and value mapped to it) fitted to
    /// <paramref name="description"/>; every problem is reported, not only the first.
    /// </summary>
    public static FittedRecord Fit(MarketoObjectDescription description, IReadOnlyDictionary<string, MappedValue> record)
    {
        var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
        var cuts = new List<TextCut>();
        var errors = new List<string>();
        foreach (var (name, mapped) in record)
        {
            if (description.Field(name) is not { } field)
            {
                // An empty value is sent only to clear Marketo's; a field the instance no longer has holds nothing to
                // clear, so it is left out, and a removed field holds back only the records with a value for it.
                if (mapped.Value is null || (mapped.Value is string text && string.IsNullOrWhiteSpace(text)))
                {
                    continue;
                }

                errors.Add($"{mapped.Column} cannot be sent to Marketo field '{name}': the {description.Object} describe "
                    + "has no such field (field removed from the Marketo instance?). Restore the field or change the mapping.");
                continue;
            }

            var fit = MarketoFieldFitter.Fit(field, mapped.Column, mapped.Value);
            if (fit.Error is { } error)
            {
                errors.Add(error);
                continue;
            }

            // Sent under the describe's spelling of the name, whatever case the mapping used.
            fields[field.Name] = fit.Value;
            if (fit.Cut is { } cut)
            {
                cuts.Add(cut);
            }
        }

        return new FittedRecord(fields, cuts, errors);
    }
}

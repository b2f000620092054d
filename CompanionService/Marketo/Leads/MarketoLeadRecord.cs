using System.Globalization;
using System.Text.Json;
using MsiDynamics.CompanionService.Marketo.Transport;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Marketo.Leads;

/// <summary>
/// A lead as a query returns it: its <c>id</c> and the fields asked for, by REST name. A field asked for
/// but absent on the instance is null (marketo.md §3.4).
/// </summary>
public sealed class MarketoLeadRecord
{
    /// <param name="fields">Every returned field, <c>id</c> included, as JSON.</param>
    public MarketoLeadRecord(IReadOnlyDictionary<string, JsonElement> fields)
    {
        Fields = fields;
        Id = GetInteger(MarketoSchema.Id) ?? 0;
    }

    /// <summary>Marketo's lead id.</summary>
    public long Id { get; }

    /// <summary>
    /// Every returned field by REST name, as JSON. Built by hand rather than by a serializer contract, so
    /// that no property (<see cref="Email"/>, say) can claim a field's name and swallow it.
    /// </summary>
    public IReadOnlyDictionary<string, JsonElement> Fields { get; }

    /// <summary>A lead from one element of <c>result[]</c>.</summary>
    public static MarketoLeadRecord From(JsonElement element) => new(MarketoFields.Of(element));

    /// <summary>The Dynamics id this lead stands for, as Marketo answered it, when set.</summary>
    public string? ExternalPersonId => GetString(MarketoLeadFields.ExternalPersonId);

    /// <summary>
    /// The Dynamics row this lead stands for: <see cref="ExternalPersonId"/> read as a <see cref="RecordId"/>.
    /// Null when it is not set, or is not a GUID (a lead made in Marketo, or by another integration): that lead
    /// matches no Dynamics row, and reading it never throws.
    /// </summary>
    public RecordId? PersonRecordId => RecordId.TryParse(ExternalPersonId, out var id) ? id : null;

    /// <summary>The lead's e-mail address.</summary>
    public string? Email => GetString(MarketoLeadFields.Email);

    /// <summary>A field as text; numbers and booleans as their JSON text; null when null or absent.</summary>
    public string? GetString(string field) => MarketoFields.Text(Fields, field);

    /// <summary>A field as a whole number (Marketo may send "12" or 12 or 12.0); null when not one.</summary>
    public long? GetInteger(string field) => MarketoFields.Integer(Fields, field);

    /// <summary>
    /// A field as a date-time in any form Marketo writes (<see cref="MarketoDate"/>, marketo.md D11; a date
    /// field's <c>yyyy-MM-dd</c> is midnight UTC); null when empty or unreadable (<see cref="DateTimeProblem"/> says which).
    /// </summary>
    public DateTimeOffset? GetDateTime(string field) =>
        MarketoDate.TryParse(GetString(field), out var date) ? date : null;

    /// <summary>
    /// Why <paramref name="field"/> holds a value that is not a date-time, naming the field and the value; null
    /// when it was read, or is empty (marketo.md D11: the value fails this record only).
    /// </summary>
    public string? DateTimeProblem(string field) =>
        GetString(field) is { } text && !string.IsNullOrWhiteSpace(text) && !MarketoDate.TryParse(text, out _)
            ? $"{field}: {MarketoDate.Unreadable(text)}"
            : null;

    /// <summary>The MSI values of this lead (Decision 8: <c>relativeScore</c>, else <c>relativeScoring</c>).</summary>
    public MarketoMsiValues Msi => new(
        GetString(MarketoLeadFields.LastInterestingMomentType),
        GetDateTime(MarketoLeadFields.LastInterestingMomentDate),
        GetString(MarketoLeadFields.LastInterestingMomentDesc),
        GetString(MarketoLeadFields.LastInterestingMomentSource),
        GetInteger(MarketoLeadFields.Priority),
        GetInteger(MarketoLeadFields.RelativeUrgency),
        GetInteger(MarketoLeadFields.RelativeScore) ?? GetInteger(MarketoLeadFields.RelativeScoring))
    {
        Unreadable = DateTimeProblem(MarketoLeadFields.LastInterestingMomentDate),
    };

    public override string ToString() => $"Marketo lead {Id} ({ExternalPersonId})";
}

using System.Text.Json;
using System.Text.Json.Serialization;
using MsiDynamics.CompanionService.Marketo.Errors;

namespace MsiDynamics.CompanionService.Marketo.Push;

/// <summary>
/// One element of a push's <c>result[]</c>: <c>{"seq":0,"status":"created","id":45236}</c>, or for
/// opportunities and roles <c>{"seq":0,"status":"updated","marketoGUID":"dff2…"}</c>, or a refusal
/// <c>{"status":"skipped","reasons":[{"code":"1004","message":"Lead not found"}]}</c> with no id.
/// Lead results carry no <c>seq</c>: they map to inputs by position (marketo.md §2).
/// </summary>
internal sealed class MarketoRecordResult
{
    /// <summary>The input's index, on sales person, company, opportunity and role results.</summary>
    public int? Seq { get; init; }

    /// <summary><c>created</c>, <c>updated</c>, <c>deleted</c> or <c>skipped</c>; missing means failed.</summary>
    public string? Status { get; init; }

    /// <summary>The integer id (leads, sales persons, companies); a JSON number.</summary>
    public JsonElement Id { get; init; }

    /// <summary>The id of an opportunity or role (<c>marketoGUID</c>).</summary>
    public string? MarketoGuid { get; init; }

    /// <summary>Why the record was skipped.</summary>
    public List<MarketoError>? Reasons { get; init; }

    /// <summary>The id Marketo gave the record, as text, whichever field carried it.</summary>
    [JsonIgnore]
    public string? MarketoId => Id.ValueKind switch
    {
        JsonValueKind.Number => Id.GetRawText(),
        JsonValueKind.String => Id.GetString(),
        _ => MarketoGuid,
    };

    public override string ToString() => $"seq {Seq}: {Status} {MarketoId}";
}

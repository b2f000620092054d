using System.Text.Json;
using System.Text.Json.Serialization;

namespace MsiDynamics.CompanionService.Marketo.Transport;

/// <summary>
/// Reads every <see cref="DateTimeOffset"/> of a Marketo type (activityDate, say) through
/// <see cref="MarketoDate"/>, so the serializer accepts each form marketo.md D11 lists (its own reader refuses
/// <c>+0000</c> and <c>yyyy-MM-dd HH:mm:ss</c>). A value in no such form throws <see cref="JsonException"/>
/// naming it, which <see cref="MarketoEnvelope.ReadPage{T}"/> turns into that one record's outcome.
/// </summary>
internal sealed class MarketoDateConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? text;
        if (reader.TokenType == JsonTokenType.String)
        {
            text = reader.GetString();
        }
        else
        {
            // A number or object where a date belongs: read past it, so the message can quote it.
            using var element = JsonDocument.ParseValue(ref reader);
            text = element.RootElement.GetRawText();
        }

        return MarketoDate.TryParse(text, out var value)
            ? value
            : throw new JsonException(MarketoDate.Unreadable(text));
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(MarketoDate.Format(value));
}

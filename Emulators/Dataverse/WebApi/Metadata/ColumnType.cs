namespace MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

/// <summary>
/// A column's type as the Web API shows it (dataverse.md §6): each maps to one Edm type in JSON and one
/// SDK type in the organisation (Choice ↔ OptionSetValue, Money ↔ Money, Lookup ↔ EntityReference).
/// </summary>
internal enum ColumnType
{
    /// <summary>Text and multiline text: Edm.String ↔ string.</summary>
    String,

    /// <summary>Whole number: Edm.Int32 ↔ int.</summary>
    Integer,

    /// <summary>Big integer (versionnumber): Edm.Int64 ↔ long.</summary>
    BigInt,

    /// <summary>Decimal number: Edm.Decimal ↔ decimal.</summary>
    Decimal,

    /// <summary>Floating point number: Edm.Double ↔ double.</summary>
    Double,

    /// <summary>Currency: Edm.Decimal ↔ Money.</summary>
    Money,

    /// <summary>Yes/no: Edm.Boolean ↔ bool.</summary>
    Boolean,

    /// <summary>Date and time, always UTC: Edm.DateTimeOffset ("2026-11-23T10:00:00Z") ↔ DateTime (UTC).</summary>
    DateTime,

    /// <summary>Unique identifier: Edm.Guid ↔ Guid.</summary>
    Guid,

    /// <summary>Choice (option set), status and state: Edm.Int32 ↔ OptionSetValue.</summary>
    Choice,

    /// <summary>Lookup: read as <c>_x_value</c> (Edm.Guid), written with <c>nav@odata.bind</c> ↔ EntityReference.</summary>
    Lookup,
}

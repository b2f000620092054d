using MsiDynamics.CompanionService.Dataverse.Errors;

namespace MsiDynamics.CompanionService.Dataverse.Bulk;

/// <summary>
/// Recognises a table's refusal of a bulk message (dataverse.md §0.13): not every standard table supports
/// <c>UpdateMultiple</c>, and Dataverse then refuses the request whole before running any of it, with
/// <c>0x80040800</c> (SdkEntityDoesNotSupportMessage) "The 'UpdateMultiple' method does not support entities of type
/// 'x'." or "UpdateMultiple is not enabled on the entity x". The code may be empty (§0.14), so the message decides as
/// well; a 404 that names the action itself as the missing segment is read the same way. A 404 naming the entity set
/// stays NotConfigured: the table is missing, not the message.
/// </summary>
internal static class BulkRefusal
{
    /// <summary>Dataverse's code for "the method being invoked does not support provided entity type".</summary>
    public const string DoesNotSupportEntityCode = "0x80040800";

    /// <summary>Whether <paramref name="outcome"/> of an <c>UpdateMultiple</c> call says the table does not take it.</summary>
    public static bool IsRefusal(DataverseOutcome outcome, string action) => outcome switch
    {
        { Kind: DataverseOutcomeKind.Rejected, Error: { } error } =>
            error.Code.Equals(DoesNotSupportEntityCode, StringComparison.OrdinalIgnoreCase)
            || error.Message.Contains("does not support entities of type", StringComparison.OrdinalIgnoreCase)
            || error.Message.Contains("is not enabled on the entity", StringComparison.OrdinalIgnoreCase),
        { Kind: DataverseOutcomeKind.NotConfigured, HttpStatus: 404, Error: { } error } =>
            error.Message.Contains($"segment '{action}'", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };
}

using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.CompanionService.Marketo.Transport;

namespace MsiDynamics.CompanionService.WriteBack;

/// <summary>
/// What one refresh of a set of persons did: Marketo leads read, rows written and left as they were, and each row that
/// failed with why. <see cref="Stop"/> is set when Marketo or Dataverse refused the whole step (nothing of it was written).
/// </summary>
internal sealed record RefreshResult(
    int PersonsRead, int RowsWritten, int ColumnsWritten, int RowsUnchanged, int RowsNotInMarketo, IReadOnlyList<string> Failures, string? Stop)
{
    public static RefreshResult Nothing { get; } = new(0, 0, 0, 0, 0, [], null);

    public static RefreshResult Stopped(MarketoCallOutcome call) =>
        Nothing with { Stop = $"Marketo: {call.Code} {call.Message}".TrimEnd() };

    public static RefreshResult Stopped(DataverseOutcome outcome) =>
        Nothing with { Stop = $"Dataverse: {outcome}" };
}

using MsiDynamics.CompanionService.Marketo.Describe;

namespace MsiDynamics.CompanionService.Operations.Verify;

/// <summary>The running counts of one object type while the check goes.</summary>
internal sealed class VerifyTally(MarketoObjectType type)
{
    private int _checked;
    private int _missing;
    private int _mislinked;
    private int _emails;

    public int Skipped { get; set; }

    /// <summary>Counts one checked row by what was found for it.</summary>
    public void Add(IReadOnlyCollection<VerifyFinding> findings)
    {
        _checked++;
        _missing += findings.Any(f => f.Kind == VerifyFindingKind.Missing) ? 1 : 0;
        _mislinked += findings.Any(f => f.IsMislink) ? 1 : 0;
        _emails += findings.Any(f => f.Kind == VerifyFindingKind.EmailMismatch) ? 1 : 0;
    }

    public VerifyTypeCount ToCount() => new(type, _checked, Skipped, _missing, _mislinked, _emails);
}

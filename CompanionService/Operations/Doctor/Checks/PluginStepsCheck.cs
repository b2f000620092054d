using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Operations.Doctor.Checks;

/// <summary>
/// Every step of <see cref="PluginSteps.All"/> registered (by its fixed id) and Enabled (statecode 0), at its stage and
/// mode with its filtering attributes, and on a message filter that accepts custom steps
/// (<c>sdkmessagefilter.iscustomprocessingstepallowed</c>). Two requests: the steps by id, their filters by id.
/// </summary>
internal sealed class PluginStepsCheck(DoctorDataverse dataverse) : IDoctorCheck
{
    public const string Name = "Plug-in steps";
    private const int Shown = 5;

    public async Task<DoctorFinding> RunAsync(DoctorState state, CancellationToken cancellationToken)
    {
        if (!state.DataverseReachable)
        {
            return DoctorFinding.Skipped(Name, DoctorState.NeedsDataverse);
        }

        var expected = PluginSteps.All;
        var stepsQuery = new DataverseQuery("sdkmessageprocessingsteps")
            .Select("name", "stage", "mode", "statecode", "filteringattributes", ODataAnnotations.LookupValue("sdkmessagefilterid"))
            .Where(ODataFilter.In("sdkmessageprocessingstepid", expected.Select(s => s.Id.ToString("D"))));
        var (rows, outcome) = await dataverse.ListAsync(stepsQuery.ToPath(), "steps", cancellationToken).ConfigureAwait(false);
        if (!outcome.IsSuccess)
        {
            return DoctorFinding.Failed(Name, "the plug-in step registrations could not be read.", DoctorDataverse.Advice(outcome, "sdkmessageprocessingstep"));
        }

        var byId = rows.Where(r => r.GetGuid("sdkmessageprocessingstepid") is not null).ToDictionary(r => r.GetGuid("sdkmessageprocessingstepid")!.Value);
        var missing = expected.Where(s => !byId.ContainsKey(s.Id)).ToList();
        var present = expected.Where(s => byId.ContainsKey(s.Id)).Select(s => (Step: s, Row: byId[s.Id])).ToList();
        var disabled = present.Where(p => p.Row.GetChoice("statecode") != 0).Select(p => p.Step).ToList();
        var changed = present.Where(p => p.Row.GetChoice("stage") != p.Step.Stage || p.Row.GetChoice("mode") != p.Step.Mode
            || !SameColumns(p.Row.GetString("filteringattributes"), p.Step.FilteringAttributes)).Select(p => p.Step).ToList();
        var refused = await RefusingFiltersAsync(present, cancellationToken).ConfigureAwait(false);
        if (refused.Outcome is { IsSuccess: false } failed)
        {
            return DoctorFinding.Failed(Name, "the message filters of the steps could not be read.", DoctorDataverse.Advice(failed, "sdkmessagefilter"));
        }

        var problems = new List<string>();
        var fixes = new List<string>();
        if (missing.Count > 0)
        {
            problems.Add($"{missing.Count} of {expected.Length} steps are not registered: {Names(missing)}");
            fixes.Add("Import the MsiDynamics solution again: it registers every step (or deploy them with spkl).");
        }

        if (disabled.Count > 0)
        {
            problems.Add($"{disabled.Count} disabled: {Names(disabled)}");
            fixes.Add($"Enable them: make.powerapps.com > Solutions > MsiDynamics > SDK message processing steps (or the Plug-in Registration Tool) > {Names(disabled)} > Enable. Changes saved while a step was off were not queued.");
        }

        if (refused.Steps.Count > 0)
        {
            problems.Add($"{refused.Steps.Count} on a message filter that does not accept custom steps (iscustomprocessingstepallowed = No): {Names(refused.Steps)}");
            fixes.Add("This environment does not allow a custom step for that message and table: those events are not captured; report the Dataverse version with the step names.");
        }

        if (changed.Count > 0)
        {
            problems.Add($"{changed.Count} registered differently from the solution (stage, mode or filtering attributes): {Names(changed)}");
            fixes.Add("Re-import the MsiDynamics solution to restore the steps as shipped; a changed filtering attribute list misses changes.");
        }

        return problems.Count == 0
            ? DoctorFinding.Ok(Name, $"all {expected.Length} steps are registered, enabled and as shipped.")
            : DoctorFinding.Failed(Name, string.Join("; ", problems) + ".", string.Join(" ", fixes));
    }

    private async Task<(List<PluginStep> Steps, Dataverse.Errors.DataverseOutcome? Outcome)> RefusingFiltersAsync(
        List<(PluginStep Step, DataverseRow Row)> present, CancellationToken cancellationToken)
    {
        var filters = present.Select(p => p.Row.GetLookup("sdkmessagefilterid")).OfType<Guid>().Distinct().ToList();
        if (filters.Count == 0)
        {
            return ([], null);
        }

        var query = new DataverseQuery("sdkmessagefilters")
            .Select("iscustomprocessingstepallowed")
            .Where(ODataFilter.In("sdkmessagefilterid", filters.Select(f => f.ToString("D"))));
        var (rows, outcome) = await dataverse.ListAsync(query.ToPath(), "filters", cancellationToken).ConfigureAwait(false);
        if (!outcome.IsSuccess)
        {
            return ([], outcome);
        }

        var refusing = rows.Where(r => r.GetBool("iscustomprocessingstepallowed") == false).Select(r => r.GetGuid("sdkmessagefilterid")).ToHashSet();
        return ([.. present.Where(p => refusing.Contains(p.Row.GetLookup("sdkmessagefilterid"))).Select(p => p.Step)], outcome);
    }

    private static bool SameColumns(string? registered, string expected) =>
        Split(registered).SetEquals(Split(expected));

    private static HashSet<string> Split(string? columns) =>
        (columns ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static string Names(IReadOnlyCollection<PluginStep> steps) =>
        string.Join(", ", steps.Take(Shown).Select(s => $"'{s.Name}'")) + (steps.Count > Shown ? $" and {steps.Count - Shown} more" : string.Empty);
}

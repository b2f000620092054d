namespace MsiDynamics.Emulators.Dataverse.Pipeline.Steps;

/// <summary>The registered steps, and which of them a stage of a request runs.</summary>
internal sealed class StepCatalog
{
    private readonly List<RegisteredStep> _steps = [];

    public IReadOnlyList<RegisteredStep> All => [.. _steps];

    /// <summary>Reads, validates and adds the steps declared on <paramref name="types"/>; all or none.</summary>
    public void Register(IEnumerable<Type> types)
    {
        var read = StepReader.Read(types).ToList();
        foreach (var step in read)
        {
            StepValidator.Validate(step);
            if (_steps.Any(s => s.Id == step.Id || s.PluginType == step.PluginType))
            {
                throw new StepRegistrationException(
                    $"{step.PluginType.FullName}, step '{step.Name}': already registered (step id {step.Id:D}); " +
                    "register each plug-in assembly once (dataverse.md §2.6: duplicate step registrations).");
            }
        }

        var duplicate = read.GroupBy(s => s.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new StepRegistrationException(
                $"Steps {string.Join(", ", duplicate.Select(s => $"'{s.Name}' ({s.PluginType.FullName})"))} share the id {duplicate.Key:D}.");
        }

        _steps.AddRange(read);
    }

    /// <summary>
    /// The steps of one stage, by rank (ties in registration order). For an Update,
    /// <paramref name="targetColumns"/> are the columns in Target: a step with filtering attributes runs only
    /// when one of them is there (dataverse.md §2.2).
    /// </summary>
    public IReadOnlyList<RegisteredStep> For(string message, string entityName, int stage, ICollection<string>? targetColumns) =>
        _steps
            .Where(s => s.Stage == stage && s.Message == message && s.AppliesTo(entityName))
            .Where(s => targetColumns is null || s.FilteringAttributes.Length == 0
                || s.FilteringAttributes.Any(targetColumns.Contains))
            .OrderBy(s => s.Rank)
            .ToList();
}

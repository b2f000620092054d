using System.Reflection;
using MsiDynamics.Plugins.Steps;
using MsiDynamics.Schema;

namespace MsiDynamics.Plugins.Tests.Registration;

/// <summary>
/// The worker's list of the solution's steps (<see cref="PluginSteps"/>, which <c>doctor</c> looks for in the organisation)
/// is exactly what the plug-ins' <c>CrmPluginRegistration</c> attributes register: same ids, messages, tables, stages,
/// modes, names and filtering attributes, none more, none fewer.
/// </summary>
public sealed class PluginStepsTests
{
    [Test]
    public void The_schema_s_step_list_equals_the_registration_attributes()
    {
        var registered = typeof(CapturePlugin).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<CrmPluginRegistrationAttribute>())
            .Select(a => Line(
                Guid.Parse(a.Id!), a.Message, a.EntityLogicalName, (int?)a.Stage ?? 0,
                a.ExecutionMode == ExecutionModeEnum.Synchronous ? 0 : 1, a.Name, a.FilteringAttributes))
            .Order(StringComparer.Ordinal)
            .ToList();

        var listed = PluginSteps.All
            .Select(s => Line(s.Id, s.Message, s.Table, s.Stage, s.Mode, s.Name, s.FilteringAttributes))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.That(registered, Is.Not.Empty);
        Assert.That(listed, Is.EqualTo(registered));
    }

    [Test]
    public void Every_listed_step_has_its_own_id()
    {
        Assert.That(PluginSteps.All.Select(s => s.Id), Is.Unique);
    }

    private static string Line(Guid id, string message, string table, int stage, int mode, string name, string filtering) =>
        $"{id:D} {message} {table} stage {stage} mode {mode} '{name}' [{string.Join(",", filtering.Split(',', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal))}]";
}

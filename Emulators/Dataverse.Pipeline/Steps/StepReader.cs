using System.Reflection;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Steps;

/// <summary>
/// Reads the steps of a plug-in assembly from its <c>CrmPluginRegistration</c> attributes through
/// <see cref="CustomAttributeData"/>, matching the attribute by type name only, as spkl does
/// (dataverse.md §4.2), so a plug-in compiled against any copy of the attribute is read the same way.
/// </summary>
internal static class StepReader
{
    private const string AttributeName = "CrmPluginRegistrationAttribute";

    // spkl's ExecutionModeEnum: Asynchronous = 0, Synchronous = 1 — the opposite of the SDK's Mode (§0.6).
    private const int SpklAsynchronous = 0;

    // spkl's IsolationModeEnum: None = 0, Sandbox = 1; spkl registers Sandbox as isolation mode 2 (§0.6).
    private const int SpklSandbox = 1;

    public static IEnumerable<RegisteredStep> Read(IEnumerable<Type> types)
    {
        foreach (var type in types)
        {
            foreach (var attribute in CustomAttributeData.GetCustomAttributes(type))
            {
                if (attribute.AttributeType.Name != AttributeName)
                {
                    continue;
                }

                if (Read(type, attribute) is { } step)
                {
                    yield return step;
                }
            }
        }
    }

    private static RegisteredStep? Read(Type type, CustomAttributeData attribute)
    {
        var args = attribute.ConstructorArguments;
        switch (args.Count)
        {
            case 5:
                return null; // a custom workflow activity: not a pipeline step
            case 8:
                break;
            default:
                throw new StepRegistrationException(
                    $"{type.FullName}: a CrmPluginRegistration with {args.Count} constructor argument(s) (a Custom API) " +
                    "cannot be run by the pipeline harness; only message steps (8 arguments) are emulated.");
        }

        var named = attribute.NamedArguments.ToDictionary(a => a.MemberName, a => a.TypedValue.Value, StringComparer.Ordinal);
        var stepName = (string?)args[5].Value ?? string.Empty;
        return new RegisteredStep(
            Id: ParseId(type, stepName, named),
            PluginType: type,
            Message: ArgumentAsMessage(args[0].Value),
            EntityLogicalName: (string?)args[1].Value ?? string.Empty,
            Stage: Convert.ToInt32(args[2].Value, System.Globalization.CultureInfo.InvariantCulture),
            Mode: Convert.ToInt32(args[3].Value, System.Globalization.CultureInfo.InvariantCulture) == SpklAsynchronous ? 1 : 0,
            Rank: (int)args[6].Value!,
            FilteringAttributes: SplitColumns((string?)args[4].Value),
            Images: StepImageReader.Read(named),
            Name: stepName)
        {
            UnsecureConfiguration = named.GetValueOrDefault("UnSecureConfiguration") as string,
            SecureConfiguration = named.GetValueOrDefault("SecureConfiguration") as string,
            IsolationMode = Convert.ToInt32(args[7].Value, System.Globalization.CultureInfo.InvariantCulture) == SpklSandbox ? 2 : 1,
        };
    }

    /// <summary>spkl strips spaces from column lists and splits on commas (dataverse.md §4.2).</summary>
    internal static string[] SplitColumns(string? columns) =>
        (columns ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal)
            .Split(',', StringSplitOptions.RemoveEmptyEntries);

    // The string constructor passes the message itself; spkl's MessageNameEnum one would pass an enum whose
    // names are the message names. Our attribute has only the string one, but read both.
    private static string ArgumentAsMessage(object? value) => value?.ToString() ?? string.Empty;

    private static Guid ParseId(Type type, string stepName, Dictionary<string, object?> named)
    {
        if (named.GetValueOrDefault("Id") is not string id || id.Length == 0)
        {
            return Guid.NewGuid();
        }

        return Guid.TryParse(id, out var parsed)
            ? parsed
            : throw new StepRegistrationException($"{type.FullName}, step '{stepName}': Id '{id}' is not a GUID.");
    }
}

using System.Globalization;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace MsiDynamics.Solution.Packer.Plugins;

/// <summary>
/// Reads the steps of the built plug-in assembly from its <c>CrmPluginRegistration</c> attributes, matched by type name
/// only as spkl and the Dataverse emulator do (dataverse.md §4.2), straight from the metadata: the net462 DLL is
/// never loaded. These attributes are the only source of the solution's step files.
/// </summary>
internal static class RegistrationReader
{
    private const string AttributeName = "CrmPluginRegistrationAttribute";

    public static PluginAssembly Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var identity = metadata.GetAssemblyDefinition().GetAssemblyName();
        var steps = new List<StepRegistration>();
        foreach (var handle in metadata.TypeDefinitions)
        {
            var type = metadata.GetTypeDefinition(handle);
            var typeName = FullName(metadata, type);
            foreach (var attributeHandle in type.GetCustomAttributes())
            {
                var attribute = metadata.GetCustomAttribute(attributeHandle);
                if (AttributeTypeName(metadata, attribute) != AttributeName)
                {
                    continue;
                }

                var value = attribute.DecodeValue(new AttributeTypeProvider());
                if (value.FixedArguments.Length == 8)
                {
                    steps.Add(Step(typeName, value));
                }
            }
        }

        return new PluginAssembly(path, identity.Name!, identity.FullName,
            [.. steps.Select(s => s.PluginTypeName).Distinct().Order(StringComparer.Ordinal)],
            [.. steps.OrderBy(s => s.Id)]);
    }

    /// <summary>spkl strips spaces from column lists (dataverse.md §4.2).</summary>
    public static string Columns(string? columns) => (columns ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal);

    private static StepRegistration Step(string typeName, CustomAttributeValue<string> value)
    {
        var args = value.FixedArguments;
        var named = value.NamedArguments.ToDictionary(a => a.Name!, a => a.Value, StringComparer.Ordinal);
        var name = (string?)args[5].Value ?? string.Empty;
        var id = named.GetValueOrDefault("Id") as string;
        if (!Guid.TryParse(id, out var stepId))
        {
            throw new PackException($"{typeName}, step '{name}': the registration has no fixed Id GUID (dataverse.md §0.6).");
        }

        var asynchronous = Int(args[3].Value) == 0; // spkl: Asynchronous = 0, Synchronous = 1
        return new StepRegistration(stepId, typeName, (string?)args[0].Value ?? string.Empty, (string?)args[1].Value ?? string.Empty,
            Int(args[2].Value), asynchronous ? 1 : 0, Int(args[6].Value), Columns((string?)args[4].Value), name, Images(named))
        {
            Description = named.GetValueOrDefault("Description") as string ?? string.Empty,
            Configuration = named.GetValueOrDefault("UnSecureConfiguration") as string ?? string.Empty,
            AsyncAutoDelete = asynchronous && named.GetValueOrDefault("DeleteAsyncOperation") is true,
            IsolationMode = Int(args[7].Value) == 1 ? 2 : 1,
        };
    }

    private static List<StepImageRegistration> Images(Dictionary<string, object?> named)
    {
        var images = new List<StepImageRegistration>();
        foreach (var slot in new[] { "Image1", "Image2" })
        {
            if (named.GetValueOrDefault(slot + "Name") is string name && name.Length > 0)
            {
                var type = named.GetValueOrDefault(slot + "Type") is { } raw ? Int(raw) : 0;
                images.Add(new StepImageRegistration(name, type, Columns(named.GetValueOrDefault(slot + "Attributes") as string)));
            }
        }

        return images;
    }

    private static int Int(object? value) => Convert.ToInt32(value, CultureInfo.InvariantCulture);

    private static string FullName(MetadataReader metadata, TypeDefinition type)
    {
        var ns = metadata.GetString(type.Namespace);
        var name = metadata.GetString(type.Name);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    private static string? AttributeTypeName(MetadataReader metadata, CustomAttribute attribute) => attribute.Constructor.Kind switch
    {
        HandleKind.MethodDefinition => metadata.GetString(metadata.GetTypeDefinition(
            metadata.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType()).Name),
        HandleKind.MemberReference => metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent is { Kind: HandleKind.TypeReference } parent
            ? metadata.GetString(metadata.GetTypeReference((TypeReferenceHandle)parent).Name)
            : null,
        _ => null,
    };
}

using System.Text.RegularExpressions;

namespace MsiDynamics.XrmSdk.Tests.Conformance;

/// <summary>
/// The real SDK's surface as the test data records it (Data/microsoft-xrm-sdk-surface.txt, copied beside the
/// test assembly), looked up by type and along a type's recorded base classes.
/// </summary>
internal sealed class SurfaceData
{
    public static readonly string RelativePath = Path.Combine("Conformance", "Data", "microsoft-xrm-sdk-surface.txt");

    private static readonly Lazy<SurfaceData> Loaded = new(() => Parse(File.ReadAllText(FilePath)));

    private readonly Dictionary<string, TypeShape> _types;

    private SurfaceData(Dictionary<string, TypeShape> types) => _types = types;

    public static string FilePath => Path.Combine(TestContext.CurrentContext.TestDirectory, RelativePath);

    public static SurfaceData Instance => Loaded.Value;

    public IReadOnlyCollection<TypeShape> Types => _types.Values;

    public static SurfaceData Parse(string text)
    {
        var types = new Dictionary<string, TypeShape>(StringComparer.Ordinal);
        foreach (var type in SurfaceParser.Parse(text))
        {
            if (!types.TryAdd(type.FullName, type))
            {
                throw new InvalidDataException($"{type.FullName} is recorded twice.");
            }
        }

        return new SurfaceData(types);
    }

    public TypeShape? Find(string fullName) => _types.GetValueOrDefault(fullName);

    /// <summary>
    /// The recorded base class of <paramref name="type"/> (or its base, and so on) that declares a member with the
    /// same key as <paramref name="member"/>, with the base's generic parameters replaced by the arguments the
    /// derived class gives them (<c>Contains(TKey)</c> on <c>DataCollection&lt;string,object&gt;</c> is
    /// <c>Contains(string)</c>); null when no recorded base declares it.
    /// </summary>
    public string? AncestorDeclaring(TypeShape type, MemberShape member)
    {
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var baseType = type.Header?.BaseType; !string.IsNullOrEmpty(baseType);)
        {
            var generic = Regex.Match(baseType, @"^(?<name>\w+)(?:<(?<args>.*)>)?$");
            var args = generic.Groups["args"].Success ? TypeNames.SplitTopLevel(generic.Groups["args"].Value) : [];
            var ancestor = _types.Values.FirstOrDefault(t =>
                t.FullName.EndsWith("." + generic.Groups["name"].Value + (args.Count > 0 ? $"`{args.Count}" : string.Empty), StringComparison.Ordinal));
            if (ancestor is null)
            {
                return null;
            }

            var current = arguments;
            arguments = ancestor.GenericParameters.Zip(args, (p, a) => (p, a: TypeNames.Substitute(a, current)))
                .ToDictionary(x => x.p, x => x.a, StringComparer.Ordinal);
            var map = arguments;
            if (ancestor.Members.Any(m => Substituted(m, map).Key == member.Key))
            {
                return ancestor.FullName;
            }

            baseType = ancestor.Header?.BaseType;
        }

        return null;
    }

    private static MemberShape Substituted(MemberShape member, IReadOnlyDictionary<string, string> arguments) => member with
    {
        Parameters = member.Parameters.Select(p => p with { Type = TypeNames.Substitute(p.Type, arguments) }).ToArray(),
        Type = TypeNames.Substitute(member.Type, arguments),
    };
}

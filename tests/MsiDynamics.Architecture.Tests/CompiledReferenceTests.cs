using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;

namespace MsiDynamics.Architecture.Tests;

/// <summary>
/// The dependency graph, as the built production assemblies carry it: what the compiler actually linked, whatever
/// the project files say. The net10.0 assemblies are this project's references; the net462 plug-in assembly, the
/// one uploaded to Dataverse, is built and copied into <c>net462/</c> next to the tests.
/// </summary>
public class CompiledReferenceTests
{
    private const string PluginsAssembly = "MsiDynamics.Plugins";
    private const string WorkerAssembly = "MsiDynamics.CompanionService";
    private const string XrmSdkAssembly = "Microsoft.Xrm.Sdk";

    [TestCase("net10.0", TestName = "The_net10_plug_in_assembly_references_only_the_SDK_and_the_framework")]
    [TestCase("net462", TestName = "The_net462_plug_in_assembly_references_only_the_SDK_and_the_framework")]
    public void The_plug_in_assembly_references_only_the_SDK_and_the_framework(string targetFramework)
    {
        var references = ReferencesOf(PluginAssembly(targetFramework));

        var forbidden = references.Where(name => name != XrmSdkAssembly && !IsFramework(name)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(forbidden, Is.Empty,
                $"{PluginsAssembly} ({targetFramework}) references {string.Join(", ", forbidden)}; the plug-in assembly may reference only "
                + $"{XrmSdkAssembly} and the framework (Dataverse loads nothing else next to it).");
            Assert.That(references, Does.Contain(XrmSdkAssembly), $"{PluginsAssembly} ({targetFramework}) does not reference {XrmSdkAssembly}.");
        });
    }

    [Test]
    public void The_worker_assembly_references_no_assembly_of_the_repository_nor_the_SDK()
    {
        var references = ReferencesOf(Assembly.Load(WorkerAssembly));

        var forbidden = references.Where(name => name == XrmSdkAssembly || RepositoryAssemblies().Contains(name)).ToList();

        Assert.That(forbidden, Is.Empty,
            $"{WorkerAssembly} references {string.Join(", ", forbidden)}; the worker references no project of the repository "
            + "(never the plug-ins, XrmSdk, an emulator or the sandbox): the names it shares with the plug-ins are linked from Schema/.");
    }

    [TestCase("net10.0", TestName = "The_net10_plug_in_assembly_opens_its_internals_to_neither_the_sandbox_nor_the_benchmarks")]
    [TestCase("net462", TestName = "The_net462_plug_in_assembly_opens_its_internals_to_neither_the_sandbox_nor_the_benchmarks")]
    public void The_plug_in_assembly_opens_its_internals_to_neither_the_sandbox_nor_the_benchmarks(string targetFramework)
    {
        var friends = FriendsOf(PluginAssembly(targetFramework)).Where(FriendRules.IsForbiddenFriend).ToList();

        Assert.That(friends, Is.Empty,
            $"{PluginsAssembly} ({targetFramework}) is built with InternalsVisibleTo {string.Join(", ", friends)}; "
            + "production code carries no hook for the sandbox or the benchmarks.");
    }

    [Test]
    public void The_worker_assembly_opens_its_internals_to_neither_the_sandbox_nor_the_benchmarks()
    {
        var friends = FriendsOf(Assembly.Load(WorkerAssembly)).Where(FriendRules.IsForbiddenFriend).ToList();

        Assert.That(friends, Is.Empty,
            $"{WorkerAssembly} is built with InternalsVisibleTo {string.Join(", ", friends)}; "
            + "production code carries no hook for the sandbox or the benchmarks.");
    }

    private static Assembly PluginAssembly(string targetFramework)
    {
        if (targetFramework == "net10.0")
        {
            return Assembly.Load(PluginsAssembly);
        }

        var path = Path.Combine(AppContext.BaseDirectory, targetFramework, PluginsAssembly + ".dll");
        Assert.That(File.Exists(path), Is.True, $"The {targetFramework} plug-in assembly was not copied to {path}; build this project first.");

        // Its own load context, so that it does not meet the net10.0 build of the same name.
        return new AssemblyLoadContext($"{PluginsAssembly} {targetFramework}", isCollectible: true).LoadFromAssemblyPath(path);
    }

    private static List<string> ReferencesOf(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(reference => reference.Name!).Order(StringComparer.Ordinal).ToList();

    private static List<string> FriendsOf(Assembly assembly) =>
        assembly.GetCustomAttributesData()
            .Where(attribute => attribute.AttributeType.FullName == typeof(InternalsVisibleToAttribute).FullName)
            .Select(attribute => (string)attribute.ConstructorArguments[0].Value!)
            .ToList();

    /// <summary>The names of the assemblies the repository's projects build.</summary>
    private static HashSet<string> RepositoryAssemblies() =>
        Repository.Projects.Select(p => p.AssemblyName).ToHashSet(StringComparer.Ordinal);

    /// <summary>An assembly of .NET Framework or .NET itself.</summary>
    private static bool IsFramework(string name) =>
        name is "mscorlib" or "netstandard" or "System" or "Microsoft.CSharp" or "Microsoft.VisualBasic"
        || name.StartsWith("System.", StringComparison.Ordinal)
        || name.StartsWith("Microsoft.Win32.", StringComparison.Ordinal);
}

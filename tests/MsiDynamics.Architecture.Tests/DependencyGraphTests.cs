namespace MsiDynamics.Architecture.Tests;

/// <summary>
/// The one-way dependency graph, as the project files declare it. Every project in the repository has one row:
/// the projects and packages it may reference. A reference that is not in its row fails the build.
/// </summary>
public class DependencyGraphTests
{
    [TestCase("XrmSdk", new string[0], new string[0],
        TestName = "XrmSdk_references_nothing")]
    [TestCase("Plugins", new[] { "XrmSdk" }, new[] { "Microsoft.CrmSdk.CoreAssemblies" },
        TestName = "Plugins_references_only_XrmSdk_or_the_official_SDK_package")]
    [TestCase("CompanionService", new string[0],
        new[]
        {
            "Microsoft.Extensions.Hosting.Systemd", "Microsoft.Extensions.Hosting.WindowsServices", "Microsoft.Identity.Client",
            "OpenTelemetry.Exporter.OpenTelemetryProtocol", "OpenTelemetry.Exporter.Prometheus.AspNetCore", "OpenTelemetry.Extensions.Hosting",
            "Polly.Core", "Polly.RateLimiting", "Spectre.Console", "System.CommandLine",
        },
        TestName = "CompanionService_references_no_project_of_the_repository")]
    [TestCase("Emulators/Kit", new string[0], new string[0],
        TestName = "The_emulators_kit_references_no_project")]
    [TestCase("Emulators/Dataverse.Pipeline", new[] { "XrmSdk" }, new string[0],
        TestName = "The_Dataverse_pipeline_references_only_XrmSdk")]
    [TestCase("Emulators/Dataverse", new[] { "Emulators/Dataverse.Pipeline", "Emulators/Kit" }, new string[0],
        TestName = "The_Dataverse_emulator_references_only_the_pipeline_and_the_kit")]
    [TestCase("Emulators/Marketo", new[] { "Emulators/Kit" }, new string[0],
        TestName = "The_Marketo_emulator_references_only_the_kit")]
    [TestCase("Sandbox",
        new[] { "CompanionService", "Emulators/Dataverse", "Emulators/Dataverse.Pipeline", "Emulators/Kit", "Emulators/Marketo", "Plugins" },
        new string[0],
        TestName = "The_sandbox_references_only_the_worker_the_emulators_and_the_plug_ins")]
    [TestCase("Solution/Packer", new[] { "Plugins" }, new string[0],
        TestName = "The_solution_packer_references_only_the_plug_ins_it_packs")]
    [TestCase("tests/MsiDynamics.Solution.Tests", new[] { "Solution/Packer", "Plugins", "Emulators/Dataverse.Pipeline" }, new string[0],
        TestName = "The_solution_tests_reference_only_the_packer_the_plug_ins_and_the_Dataverse_pipeline")]
    [TestCase("tests/MsiDynamics.XrmSdk.Tests", new[] { "XrmSdk" }, new string[0],
        TestName = "The_XrmSdk_tests_reference_only_XrmSdk")]
    [TestCase("tests/MsiDynamics.Plugins.Tests", new[] { "Plugins", "Emulators/Dataverse.Pipeline" },
        new[] { "Microsoft.Extensions.TimeProvider.Testing" },
        TestName = "The_plug_in_tests_reference_only_the_plug_ins_and_the_Dataverse_pipeline")]
    [TestCase("tests/MsiDynamics.CompanionService.Tests",
        new[] { "CompanionService", "Emulators/Dataverse", "Emulators/Dataverse.Pipeline", "Emulators/Kit", "Emulators/Marketo", "Plugins" },
        new[] { "Microsoft.AspNetCore.TestHost", "Microsoft.Extensions.TimeProvider.Testing" },
        TestName = "The_worker_tests_reference_only_the_worker_the_emulators_and_the_plug_ins")]
    [TestCase("tests/MsiDynamics.Emulators.Tests",
        new[] { "Emulators/Dataverse", "Emulators/Dataverse.Pipeline", "Emulators/Kit", "Emulators/Marketo", "Plugins" },
        new[] { "Microsoft.Extensions.TimeProvider.Testing", "Microsoft.OData.Edm" },
        TestName = "The_emulator_tests_reference_only_the_emulators_and_the_plug_ins")]
    [TestCase("tests/MsiDynamics.Sandbox.Tests",
        new[] { "Sandbox", "CompanionService", "Emulators/Dataverse", "Emulators/Dataverse.Pipeline", "Emulators/Kit", "Emulators/Marketo", "Plugins" },
        new[] { "Microsoft.Extensions.TimeProvider.Testing" },
        TestName = "The_sandbox_tests_reference_only_the_sandbox_and_what_it_runs")]
    [TestCase("tests/MsiDynamics.Architecture.Tests", new[] { "Plugins", "CompanionService" }, new string[0],
        TestName = "The_architecture_tests_reference_only_the_production_projects")]
    [TestCase("benchmarks/MsiDynamics.Benchmarks",
        new[] { "Sandbox", "CompanionService", "Emulators/Dataverse", "Emulators/Dataverse.Pipeline", "Emulators/Kit", "Emulators/Marketo", "Plugins" },
        new[] { "BenchmarkDotNet", "Microsoft.Extensions.TimeProvider.Testing" },
        TestName = "The_benchmarks_reference_only_the_sandbox_and_what_it_runs")]
    public void A_project_references_only_what_the_dependency_graph_allows(string project, string[] allowedProjects, string[] allowedPackages)
    {
        var file = Repository.Project(project);

        var forbiddenProjects = file.ProjectReferences.Except(allowedProjects, StringComparer.Ordinal).ToList();
        var forbiddenPackages = file.PackageReferences.Except(allowedPackages, StringComparer.Ordinal).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(forbiddenProjects, Is.Empty,
                $"{project} references the project(s) {string.Join(", ", forbiddenProjects)}, which the dependency graph does not allow; "
                + $"it may reference: {Describe(allowedProjects)}.");
            Assert.That(forbiddenPackages, Is.Empty,
                $"{project} references the package(s) {string.Join(", ", forbiddenPackages)}, which the dependency graph does not allow; "
                + $"it may reference: {Describe(allowedPackages)}.");
        });
    }

    [Test]
    public void Every_project_in_the_repository_has_a_row_in_the_dependency_graph()
    {
        var classified = typeof(DependencyGraphTests)
            .GetMethod(nameof(A_project_references_only_what_the_dependency_graph_allows))!
            .GetCustomAttributes(typeof(TestCaseAttribute), inherit: false)
            .Cast<TestCaseAttribute>()
            .Select(row => (string)row.Arguments[0]!)
            .ToHashSet(StringComparer.Ordinal);

        var unclassified = Repository.Projects.Select(p => p.Key).Where(key => !classified.Contains(key)).ToList();

        Assert.That(unclassified, Is.Empty,
            $"The project(s) {string.Join(", ", unclassified)} have no row in {nameof(DependencyGraphTests)}: "
            + "add one that says which projects and packages each may reference.");
    }

    [Test]
    public void Every_row_of_the_dependency_graph_names_a_project_that_exists()
    {
        var existing = Repository.Projects.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);

        var stale = typeof(DependencyGraphTests)
            .GetMethod(nameof(A_project_references_only_what_the_dependency_graph_allows))!
            .GetCustomAttributes(typeof(TestCaseAttribute), inherit: false)
            .Cast<TestCaseAttribute>()
            .Select(row => (string)row.Arguments[0]!)
            .Where(key => !existing.Contains(key))
            .ToList();

        Assert.That(stale, Is.Empty, $"The row(s) {string.Join(", ", stale)} name no project file of the repository.");
    }

    [Test]
    public void Only_the_sandbox_tests_and_the_benchmarks_reference_the_sandbox()
    {
        string[] allowed = ["tests/MsiDynamics.Sandbox.Tests", "benchmarks/MsiDynamics.Benchmarks"];

        var offenders = Repository.Projects
            .Where(p => p.ProjectReferences.Contains("Sandbox") && !allowed.Contains(p.Key))
            .Select(p => p.Key)
            .ToList();

        Assert.That(offenders, Is.Empty,
            $"{string.Join(", ", offenders)} reference(s) Sandbox; only {string.Join(" and ", allowed)} may.");
    }

    [TestCase("Plugins", TestName = "The_plug_ins_open_their_internals_to_neither_the_sandbox_nor_the_benchmarks")]
    [TestCase("CompanionService", TestName = "The_worker_opens_its_internals_to_neither_the_sandbox_nor_the_benchmarks")]
    public void A_production_project_opens_its_internals_to_neither_the_sandbox_nor_the_benchmarks(string project)
    {
        var friends = Repository.Project(project).InternalsVisibleTo.Where(FriendRules.IsForbiddenFriend).ToList();

        Assert.That(friends, Is.Empty,
            $"{project} declares InternalsVisibleTo {string.Join(", ", friends)}; production code carries no hook for the sandbox or the benchmarks.");
    }

    private static string Describe(string[] allowed) => allowed.Length == 0 ? "none" : string.Join(", ", allowed);
}

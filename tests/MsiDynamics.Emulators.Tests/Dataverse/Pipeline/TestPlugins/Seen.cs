using System.Collections.Concurrent;
using Microsoft.Xrm.Sdk;

namespace MsiDynamics.Emulators.Tests.Dataverse.Pipeline.TestPlugins;

/// <summary>
/// The contexts test plug-ins saw, per organisation, so that tests running in parallel (each with its own
/// organisation) never see each other's plug-in runs.
/// </summary>
internal static class Seen
{
    private static readonly ConcurrentDictionary<Guid, ConcurrentQueue<SeenContext>> ByOrganization = new();

    public static void Record(IPluginExecutionContext context, string plugin) =>
        ByOrganization.GetOrAdd(context.OrganizationId, _ => new()).Enqueue(SeenContext.From(context, plugin));

    public static IReadOnlyList<SeenContext> In(Guid organizationId) =>
        ByOrganization.TryGetValue(organizationId, out var seen) ? [.. seen] : [];

    public static IReadOnlyList<SeenContext> In(Guid organizationId, string plugin) =>
        [.. In(organizationId).Where(s => s.Plugin == plugin)];
}

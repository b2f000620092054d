using Microsoft.Extensions.Time.Testing;
using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.Pipeline;
using MsiDynamics.Emulators.Tests.Dataverse.Pipeline.TestPlugins;

namespace MsiDynamics.Emulators.Tests.Dataverse.Pipeline;

/// <summary>An in-memory organisation on a fake clock with the chosen test plug-ins, and a caller to drive it.</summary>
internal sealed class TestOrganization
{
    public static readonly DateTimeOffset Now = new(2025, 3, 14, 9, 26, 53, TimeSpan.Zero);

    private TestOrganization(Type[] plugins)
    {
        Org = new InMemoryOrganization(Time);
        Org.RegisterPlugins(plugins);
        var caller = new Entity("systemuser");
        caller["firstname"] = "Ada";
        caller["lastname"] = "Lovelace";
        CallerId = Org.Seed(caller);
        Service = Org.ServiceAs(CallerId);
    }

    public FakeTimeProvider Time { get; } = new(Now);

    public InMemoryOrganization Org { get; }

    public Guid CallerId { get; }

    /// <summary>The caller's service: its requests run at depth 1.</summary>
    public IOrganizationService Service { get; }

    public static TestOrganization With(params Type[] plugins) => new(plugins);

    /// <summary>What the test plug-ins of this organisation saw, in the order they ran.</summary>
    public IReadOnlyList<SeenContext> Seen() => TestPlugins.Seen.In(Org.OrganizationId);

    public IReadOnlyList<SeenContext> Seen(string plugin) => TestPlugins.Seen.In(Org.OrganizationId, plugin);

    public Guid Seed(string entityName, params (string Column, object? Value)[] columns)
    {
        var row = new Entity(entityName);
        foreach (var (column, value) in columns)
        {
            row[column] = value;
        }

        return Org.Seed(row);
    }

    public Entity Row(string entityName, Guid id) =>
        Org.Find(entityName, id) ?? throw new AssertionException($"{entityName} {id} does not exist.");
}

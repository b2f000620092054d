using System.Security.Cryptography;
using System.Text;
using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.Pipeline.Execution;
using MsiDynamics.Emulators.Dataverse.Pipeline.Storage;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Steps;

/// <summary>
/// A registered step as the organisation stores it, so that a client reads the registration as it would in Dataverse:
/// one <c>sdkmessageprocessingstep</c> row per step (name, stage, mode, rank, filteringattributes, statecode 0 Enabled /
/// 1 Disabled with statuscode 1 / 2, and lookups <c>sdkmessageid</c>, <c>sdkmessagefilterid</c>, <c>plugintypeid</c>,
/// <c>eventhandler</c>), the <c>sdkmessage</c> it handles, the <c>sdkmessagefilter</c> of that message and table
/// (<c>primaryobjecttypecode</c>, <c>iscustomprocessingstepallowed</c>) and the <c>plugintype</c> it runs (Microsoft
/// Learn, Web API reference "sdkmessageprocessingstep", "sdkmessagefilter", "plugintype" EntityTypes; docs/doctor.md).
/// The row is the registration: a step whose row is deleted or Disabled does not run (<see cref="Runs"/>).
/// </summary>
internal static class StepRows
{
    public const string Step = "sdkmessageprocessingstep";
    public const string Message = "sdkmessage";
    public const string Filter = "sdkmessagefilter";
    public const string PluginType = "plugintype";
    public const int Disabled = 1;

    // Well-known sdkmessage ids, the same in every organisation (dataverse.md §5.1; Win and Lose from an exported solution,
    // docs/solution.md "Message ids"); others are derived from the name.
    private static readonly Dictionary<string, Guid> KnownMessages = new(StringComparer.Ordinal)
    {
        ["Assign"] = new("8cbdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Create"] = new("9ebdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Update"] = new("20bebb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Delete"] = new("a1bdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Merge"] = new("dbbdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["SetState"] = new("1cbebb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["SetStateDynamicEntity"] = new("1dbebb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Win"] = new("27bebb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Lose"] = new("d1bdbb1b-ea3e-db11-86a7-000a3a5473e8"),
    };

    /// <summary>Stores the rows of <paramref name="steps"/> (message, filter and plug-in type once each).</summary>
    public static void Store(OrganizationRuntime org, IEnumerable<RegisteredStep> steps)
    {
        foreach (var step in steps)
        {
            var message = MessageId(step.Message);
            var filter = Derived("filter:" + step.Message + ":" + step.EntityLogicalName);
            var type = Derived("plugintype:" + step.PluginType.FullName);
            PutOnce(org, new Entity(Message, message) { ["name"] = step.Message });
            PutOnce(org, new Entity(Filter, filter)
            {
                ["sdkmessageid"] = new EntityReference(Message, message),
                ["primaryobjecttypecode"] = step.EntityLogicalName,
                ["iscustomprocessingstepallowed"] = true,
            });
            PutOnce(org, new Entity(PluginType, type)
            {
                ["typename"] = step.PluginType.FullName,
                ["name"] = step.PluginType.FullName,
                ["assemblyname"] = step.PluginType.Assembly.GetName().Name,
            });
            PutOnce(org, new Entity(Step, step.Id)
            {
                ["name"] = step.Name,
                ["stage"] = new OptionSetValue(step.Stage),
                ["mode"] = new OptionSetValue(step.Mode),
                ["rank"] = step.Rank,
                ["filteringattributes"] = step.FilteringAttributes.Length == 0 ? null : string.Join(",", step.FilteringAttributes),
                ["sdkmessageid"] = new EntityReference(Message, message),
                ["sdkmessagefilterid"] = new EntityReference(Filter, filter),
                ["plugintypeid"] = new EntityReference(PluginType, type),
                ["eventhandler"] = new EntityReference(PluginType, type),
                ["statecode"] = new OptionSetValue(0),
                ["statuscode"] = new OptionSetValue(1),
            });
        }
    }

    /// <summary>Whether <paramref name="step"/> still has its row and it is Enabled: deleting or disabling the row stops it.</summary>
    public static bool Runs(RowStore store, RegisteredStep step) =>
        store.Get(Step, step.Id) is { } row && row.GetAttributeValue<OptionSetValue>("statecode")?.Value != Disabled;

    private static void PutOnce(OrganizationRuntime org, Entity row)
    {
        if (org.Store.Get(row.LogicalName, row.Id) is null)
        {
            org.Store.Put(org.Defaults.ForCreate(row, row.Id, org.SystemUserId, org.UtcNow));
        }
    }

    private static Guid MessageId(string name) => KnownMessages.TryGetValue(name, out var id) ? id : Derived("message:" + name);

    // The same name gives the same id in every run, as a registration's ids are stable.
    private static Guid Derived(string name) => new(SHA256.HashData(Encoding.UTF8.GetBytes(name)).AsSpan(0, 16));
}

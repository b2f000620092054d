using Microsoft.Extensions.Time.Testing;
using Microsoft.Xrm.Sdk;
using MsiDynamics.Plugins.Adapter;
using MsiDynamics.Plugins.Steps;
using MsiDynamics.Emulators.Dataverse.Pipeline;
using MsiDynamics.Schema;

namespace MsiDynamics.Plugins.Tests.Pipeline;

/// <summary>
/// An in-memory organisation with the capture steps registered as spkl would deploy them, an ordinary CRM user,
/// a clock the test moves (the platform's and the settings cache's), and builders for the rows the tests arrange.
/// </summary>
internal sealed class CaptureOrganization
{
    public CaptureOrganization()
    {
        Org = new InMemoryOrganization(Clock);
        Org.RegisterPlugins(typeof(CapturePlugin).Assembly);
        // The settings cache of this organisation runs on the test's clock too (dataverse.md §0.8).
        SettingsCache.Install(Org.OrganizationId, () => Clock.GetUtcNow().UtcDateTime);
        UserId = Org.Seed(new Entity("systemuser")
        {
            ["firstname"] = "Ann", ["lastname"] = "Seller", ["internalemailaddress"] = "ann@contoso.example",
        });
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2030, 1, 1, 9, 0, 0, TimeSpan.Zero));

    public InMemoryOrganization Org { get; }

    /// <summary>An ordinary user, not SYSTEM: the one whose saves the tests make.</summary>
    public Guid UserId { get; }

    public IOrganizationService User => Org.ServiceAs(UserId);

    public IOrganizationService Admin => Org.ServiceAs(Org.SystemUserId);

    public IReadOnlyList<Entity> Queue => Org.Rows(DataverseSchema.SyncQueueItem.EntityName);

    /// <summary>The queue as (entity, record id, operation, payload) tuples, easy to compare.</summary>
    public IReadOnlyList<string> QueueSummary => Queue
        .Select(row => string.Join(
            " ",
            row[DataverseSchema.SyncQueueItem.Entity],
            row[DataverseSchema.SyncQueueItem.RecordId],
            (QueueOperation)((OptionSetValue)row[DataverseSchema.SyncQueueItem.Operation]!).Value,
            row[DataverseSchema.SyncQueueItem.Payload]))
        .ToList();

    /// <summary>
    /// <see cref="QueueSummary"/> with repeats removed: what the worker's collapse leaves to push. One operation
    /// may write a record's row once per pipeline it runs (the parent's and a child's), as a child cannot tell its
    /// parent that it queued the record (dataverse.md §0.3), so tests assert this view plus a bound on the raw rows.
    /// </summary>
    public IReadOnlyList<string> CollapsedQueue => QueueSummary.Distinct().ToList();

    /// <summary>Inserts a row of <paramref name="entity"/> with a synced column, without running the pipeline.</summary>
    public Guid Seed(string entity, Action<Entity>? arrange = null)
    {
        var row = new Entity(entity);
        switch (entity)
        {
            case "lead":
            case "contact":
                row["firstname"] = "Bo";
                row["lastname"] = "Buyer";
                row["emailaddress1"] = "bo@fabrikam.example";
                row["msi_marketoleadid"] = "4711";
                break;
            case "systemuser":
                row["internalemailaddress"] = "cy@contoso.example";
                break;
            default:
                row["name"] = "Fabrikam " + entity;
                break;
        }

        arrange?.Invoke(row);
        return Org.Seed(row);
    }

    public Guid SeedRole(string name, int category = DataverseSchema.ConnectionRole.StakeholderCategory) =>
        Org.Seed(new Entity("connectionrole") { ["name"] = name, ["category"] = new OptionSetValue(category) });

    /// <summary>Sets a table's sync setting as an admin would, through the pipeline.</summary>
    public void SetSync(string entity, bool enabled)
    {
        var existing = Org.Rows(DataverseSchema.SyncSetting.EntityName)
            .SingleOrDefault(row => (string?)row[DataverseSchema.SyncSetting.Entity] == entity);
        var setting = new Entity(DataverseSchema.SyncSetting.EntityName) { [DataverseSchema.SyncSetting.Enabled] = enabled };
        if (existing is null)
        {
            setting[DataverseSchema.SyncSetting.Entity] = entity;
            Admin.Create(setting);
        }
        else
        {
            setting.Id = existing.Id;
            Admin.Update(setting);
        }
    }

    public static OrganizationRequest Request(string name, params (string Key, object? Value)[] parameters)
    {
        var request = new OrganizationRequest(name);
        foreach (var (key, value) in parameters)
        {
            request[key] = value;
        }

        return request;
    }
}

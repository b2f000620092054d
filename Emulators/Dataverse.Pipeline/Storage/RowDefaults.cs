using Microsoft.Xrm.Sdk;
using static MsiDynamics.Emulators.Dataverse.Pipeline.Storage.PlatformSchema;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Storage;

/// <summary>
/// The columns the platform fills on a write: key, created/modified on and by, owner, state, computed
/// fullname and the row version.
/// </summary>
internal sealed class RowDefaults(RowStore store)
{
    /// <summary>The row a Create stores: <paramref name="target"/>'s columns plus the platform's.</summary>
    public Entity ForCreate(Entity target, Guid id, Guid userId, DateTime utcNow)
    {
        var row = RowCopier.Copy(target);
        row.Id = id;
        row.Attributes[TableCatalog.PrimaryKeyOf(row.LogicalName)] = id;
        row.Attributes[Columns.CreatedOn] = utcNow;
        row.Attributes[Columns.CreatedBy] = User(userId);
        if (TableCatalog.HasOwner(row.LogicalName) && !row.Contains(Columns.OwnerId))
        {
            // The caller of the service that creates the row owns it (dataverse.md §2.5: a row written
            // through CreateOrganizationService(null) is SYSTEM's).
            row.Attributes[Columns.OwnerId] = User(userId);
        }

        if (TableCatalog.HasState(row.LogicalName))
        {
            SetIfMissing(row, Columns.StateCode, new OptionSetValue(0));
            SetIfMissing(row, Columns.StatusCode, new OptionSetValue(1));
        }

        Stamp(row, userId, utcNow);
        return row;
    }

    /// <summary>The row an Update stores: the stored row with <paramref name="changes"/> applied.</summary>
    public Entity ForUpdate(Entity stored, Entity changes, Guid userId, DateTime utcNow)
    {
        var row = RowCopier.Copy(stored);
        var key = TableCatalog.PrimaryKeyOf(row.LogicalName);
        foreach (var (name, value) in changes.Attributes)
        {
            if (name != key)
            {
                row.Attributes[name] = RowCopier.CopyValue(value);
            }
        }

        Stamp(row, userId, utcNow);
        return row;
    }

    private void Stamp(Entity row, Guid userId, DateTime utcNow)
    {
        row.Attributes[Columns.ModifiedOn] = utcNow;
        row.Attributes[Columns.ModifiedBy] = User(userId);
        if (TableCatalog.HasComputedFullName(row.LogicalName))
        {
            // Dataverse's default full-name format is "First Last".
            var parts = new[] { row.GetAttributeValue<string>(Columns.FirstName), row.GetAttributeValue<string>(Columns.LastName) };
            var fullName = string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p)));
            if (fullName.Length > 0)
            {
                row.Attributes[Columns.FullName] = fullName;
            }
        }

        row.Attributes[Columns.VersionNumber] = store.NextVersion();
    }

    private static EntityReference User(Guid userId) => new(Tables.SystemUser, userId);

    private static void SetIfMissing(Entity row, string column, object value)
    {
        if (!row.Contains(column) || row[column] is null)
        {
            row.Attributes[column] = value;
        }
    }
}

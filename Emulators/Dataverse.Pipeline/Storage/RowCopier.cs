using Microsoft.Xrm.Sdk;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Storage;

/// <summary>
/// Copies rows and values in and out of the <see cref="RowStore"/>, so no caller ever aliases a stored
/// EntityReference, OptionSetValue or Money. Lookups read out carry <see cref="EntityReference.Name"/>, the
/// referenced row's primary name, as Dataverse returns it.
/// </summary>
internal sealed class RowCopier(RowStore store)
{
    /// <summary>A deep copy of <paramref name="source"/>; date-times become UTC, as Dataverse stores them.</summary>
    public static Entity Copy(Entity source)
    {
        var copy = new Entity(source.LogicalName, source.Id);
        foreach (var (name, value) in source.Attributes)
        {
            copy.Attributes[name] = CopyValue(value);
        }

        return copy;
    }

    /// <summary>A copy of a stored row with only <paramref name="columns"/> (null = all) and lookup names.</summary>
    public Entity CopyOut(Entity stored, IEnumerable<string>? columns = null)
    {
        var copy = new Entity(stored.LogicalName, stored.Id);
        var wanted = columns ?? stored.Attributes.Keys;
        foreach (var name in wanted)
        {
            if (stored.Attributes.TryGetValue(name, out var value) && !copy.Attributes.Contains(name))
            {
                copy.Attributes[name] = WithName(CopyValue(value));
            }
        }

        return copy;
    }

    public static object? CopyValue(object? value) => value switch
    {
        null => null,
        EntityReference reference => CopyReference(reference),
        OptionSetValue option => new OptionSetValue(option.Value),
        Money money => new Money(money.Value),
        DateTime time => time.Kind switch
        {
            DateTimeKind.Local => time.ToUniversalTime(),
            DateTimeKind.Unspecified => DateTime.SpecifyKind(time, DateTimeKind.Utc),
            _ => time,
        },
        Entity entity => Copy(entity),
        EntityCollection collection => new EntityCollection(collection.Entities.Select(Copy).ToList())
        {
            EntityName = collection.EntityName,
        },
        EntityReferenceCollection references => new EntityReferenceCollection(references.Select(CopyReference).ToList()),
        byte[] bytes => bytes.ToArray(),
        _ => value,
    };

    private static EntityReference CopyReference(EntityReference reference) =>
        new(reference.LogicalName, reference.Id) { Name = reference.Name };

    private object? WithName(object? value)
    {
        if (value is EntityReference reference
            && store.Get(reference.LogicalName, reference.Id) is { } referenced
            && referenced.Attributes.TryGetValue(TableCatalog.PrimaryNameOf(reference.LogicalName), out var name)
            && name is string text)
        {
            reference.Name = text;
        }

        return value;
    }
}

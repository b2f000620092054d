using Microsoft.Xrm.Sdk;
using MsiDynamics.Plugins.Capture;

namespace MsiDynamics.Plugins.Adapter;

/// <summary>
/// Turns SDK column values into the plain values the capture engine decides on (see
/// <see cref="ChangeDescription"/>): lookups become <see cref="RecordReference"/>s, choices their number,
/// money its amount. Everything else passes unchanged, so a wrongly typed value written by another
/// vendor's plug-in reaches the engine as it is and fails there, traced.
/// </summary>
internal static class PlainValues
{
    /// <summary>The columns of <paramref name="entity"/>, or null when there is no entity.</summary>
    public static IReadOnlyDictionary<string, object?>? Columns(Entity? entity)
    {
        if (entity is null)
        {
            return null;
        }

        var columns = new Dictionary<string, object?>(entity.Attributes.Count, StringComparer.Ordinal);
        foreach (var column in entity.Attributes)
        {
            columns[column.Key] = Plain(column.Value);
        }

        return columns;
    }

    /// <summary>The image registered under <paramref name="name"/>, or null when the step has none.</summary>
    public static IReadOnlyDictionary<string, object?>? Image(EntityImageCollection? images, string name) =>
        images is not null && images.TryGetValue(name, out var image) ? Columns(image) : null;

    public static object? Plain(object? value) => value switch
    {
        EntityReference reference => new RecordReference(reference.LogicalName ?? string.Empty, reference.Id, reference.Name),
        OptionSetValue choice => choice.Value,
        Money money => money.Value,
        _ => value,
    };
}

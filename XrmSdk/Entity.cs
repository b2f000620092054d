using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// A row: logical name, id and column values. <see cref="Id"/> and the primary-key column in
/// <see cref="Attributes"/> are independent, as in the real SDK (dataverse.md §1.4).
/// </summary>
public class Entity : IExtensibleDataObject
{
    public Entity()
    {
    }

    public Entity(string entityName)
    {
        LogicalName = entityName;
    }

    public Entity(string entityName, Guid id)
        : this(entityName)
    {
        Id = id;
    }

    public Entity(string entityName, string keyName, object keyValue)
        : this(entityName)
    {
        KeyAttributes[keyName] = keyValue;
    }

    public Entity(string entityName, KeyAttributeCollection keyAttributes)
        : this(entityName)
    {
        KeyAttributes = keyAttributes;
    }

    /// <summary>The table's logical name; null only on an entity made with the parameterless constructor.</summary>
    public string LogicalName { get; set; } = null!;

    public virtual Guid Id { get; set; }

    public AttributeCollection Attributes { get; set; } = new();

    public EntityState? EntityState { get; set; }

    public FormattedValueCollection FormattedValues { get; set; } = new();

    public RelatedEntityCollection RelatedEntities { get; set; } = new();

    public string? RowVersion { get; set; }

    public KeyAttributeCollection KeyAttributes { get; set; } = new();

    /// <summary>A column value; a missing column throws <see cref="KeyNotFoundException"/>.</summary>
    public object? this[string attributeName]
    {
        get => Attributes[attributeName];
        set => Attributes[attributeName] = value;
    }

    public ExtensionDataObject? ExtensionData { get; set; }

    /// <summary>True when the column is present (even with a null value); keys are case-sensitive.</summary>
    public bool Contains(string attributeName) => Attributes.Contains(attributeName);

    /// <summary>A reference with this entity's logical name and id only (no name, no keys).</summary>
    public EntityReference ToEntityReference() => new(LogicalName, Id);

    /// <summary>The value cast to <typeparamref name="T"/>, or default when missing or null; no conversion
    /// (a value of another type throws <see cref="InvalidCastException"/>).</summary>
    public virtual T? GetAttributeValue<T>(string attributeLogicalName)
    {
        if (!Attributes.TryGetValue(attributeLogicalName, out var value) || value is null)
        {
            return default;
        }

        return (T)value;
    }

    /// <summary>True when the column is present with a value of type <typeparamref name="T"/>.</summary>
    public bool TryGetAttributeValue<T>(string attributeKey, out T? result)
    {
        if (Attributes.TryGetValue(attributeKey, out var value) && value is T typed)
        {
            result = typed;
            return true;
        }

        result = default;
        return false;
    }

    protected virtual void SetAttributeValue(string attributeLogicalName, object? value) => Attributes[attributeLogicalName] = value;

    protected virtual string? GetFormattedAttributeValue(string attributeLogicalName) =>
        FormattedValues.TryGetValue(attributeLogicalName, out var formatted) ? formatted : null;
}

using System.Diagnostics.CodeAnalysis;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// Input/output parameters and shared variables. Only the members below are declared here; the indexer,
/// <c>Contains</c> and <c>TryGetValue(string, out object)</c> are inherited (dataverse.md §0.1).
/// </summary>
public class ParameterCollection : DataCollection<string, object?>
{
    public ParameterCollection()
    {
    }

    protected ParameterCollection(IDictionary<string, object?> collection)
        : base(collection)
    {
    }

    /// <summary>Sets <paramref name="key"/> to <paramref name="obj"/> unless it is null (then nothing changes).</summary>
    public void AddOrUpdateIfNotNull(string key, object? obj)
    {
        if (obj is not null)
        {
            this[key] = obj;
        }
    }

    /// <summary>True when the key is present and its value is a <typeparamref name="T"/>; no conversion is attempted.</summary>
    public bool TryGetValue<T>(string key, [MaybeNullWhen(false)] out T value)
    {
        if (TryGetValue(key, out var raw) && raw is T typed)
        {
            value = typed;
            return true;
        }

        value = default;
        return false;
    }
}

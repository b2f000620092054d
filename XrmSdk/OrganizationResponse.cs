using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>A message's results by key; the typed responses in <c>Messages</c> are views over <see cref="Results"/>.</summary>
public class OrganizationResponse : IExtensibleDataObject
{
    public OrganizationResponse()
    {
    }

    public string? ResponseName { get; set; }

    /// <summary>A result; a missing one throws <see cref="KeyNotFoundException"/>.</summary>
    public object? this[string parameterName]
    {
        get => Results[parameterName];
        set => Results[parameterName] = value;
    }

    public ParameterCollection Results { get; set; } = new();

    public ExtensionDataObject? ExtensionData { get; set; }
}

using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>A message by name with its parameters; the typed requests in <c>Messages</c> are views over <see cref="Parameters"/>.</summary>
public class OrganizationRequest : IExtensibleDataObject
{
    public OrganizationRequest()
    {
    }

    public OrganizationRequest(string requestName)
    {
        RequestName = requestName;
    }

    public string RequestName { get; set; } = null!;

    /// <summary>A parameter; a missing one throws <see cref="KeyNotFoundException"/>.</summary>
    public object? this[string parameterName]
    {
        get => Parameters[parameterName];
        set => Parameters[parameterName] = value;
    }

    public ParameterCollection Parameters { get; set; } = new();

    public Guid? RequestId { get; set; }

    public ExtensionDataObject? ExtensionData { get; set; }
}

namespace MsiDynamics.Emulators.Dataverse.Pipeline;

/// <summary>
/// An error the emulated platform raises (not a plug-in's): the real service would return an
/// <c>OrganizationServiceFault</c>. The message names the table and the row, as Dataverse's does.
/// </summary>
public sealed class PlatformFaultException : Exception
{
    public PlatformFaultException(PlatformFault fault, string message)
        : base(message)
    {
        Fault = fault;
    }

    /// <summary>Which platform error this is.</summary>
    public PlatformFault Fault { get; }

    internal static PlatformFaultException DoesNotExist(string entityName, Guid id) =>
        new(PlatformFault.ObjectDoesNotExist, $"{entityName} With Id = {id:D} Does Not Exist");
}

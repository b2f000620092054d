namespace Microsoft.Xrm.Sdk;

/// <summary>Creates organization services; the parameter is <c>Guid?</c> in the real SDK (null = SYSTEM).</summary>
public interface IOrganizationServiceFactory
{
    IOrganizationService CreateOrganizationService(Guid? userId);
}

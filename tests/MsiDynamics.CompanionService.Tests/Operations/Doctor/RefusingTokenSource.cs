using MsiDynamics.CompanionService.Dataverse.Identity;

namespace MsiDynamics.CompanionService.Tests.Operations.Doctor;

/// <summary>A token source whose identity service refuses the app registration, as Entra ID does for a wrong client secret.</summary>
internal sealed class RefusingTokenSource : IDataverseTokenSource
{
    public const string Failure = "Microsoft Entra ID refused the app registration's credentials (invalid_client).";

    public Task<DataverseTokenResult> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken) =>
        Task.FromResult(DataverseTokenResult.Refused(Failure));
}

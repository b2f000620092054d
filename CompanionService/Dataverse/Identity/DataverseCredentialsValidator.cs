using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Configuration;

namespace MsiDynamics.CompanionService.Dataverse.Identity;

/// <summary>
/// Checks the app registration's settings at start-up, registered only when <see cref="MsalTokenSource"/> issues the
/// tokens (no other <see cref="IDataverseTokenSource"/> was registered). Each message names the setting; none echoes
/// a credential.
/// </summary>
internal sealed class DataverseCredentialsValidator : IValidateOptions<DataverseOptions>
{
    public ValidateOptionsResult Validate(string? name, DataverseOptions options)
    {
        var failures = new List<string>();
        OptionsChecks.Required(failures, "Dataverse:TenantId", options.TenantId, "the Microsoft Entra tenant id of the app registration");
        OptionsChecks.Required(failures, "Dataverse:ClientId", options.ClientId,
            "the client id of the app registration (an application user in the environment)");

        var secret = !string.IsNullOrEmpty(options.ClientSecret);
        var certificate = !string.IsNullOrWhiteSpace(options.CertificatePath);
        if (secret == certificate)
        {
            failures.Add(secret
                ? "Set Dataverse:ClientSecret or Dataverse:CertificatePath, not both."
                : "Dataverse:ClientSecret or Dataverse:CertificatePath is required: set one from the environment or a secret store.");
        }
        else if (certificate && !File.Exists(options.CertificatePath))
        {
            failures.Add("Dataverse:CertificatePath names no readable file: point it at the app registration's .pfx.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

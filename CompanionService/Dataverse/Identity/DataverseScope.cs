namespace MsiDynamics.CompanionService.Dataverse.Identity;

/// <summary>
/// The OAuth scope of an environment for the client-credentials flow: <c>{resource}/.default</c>, where
/// the resource is the environment URL's scheme and host (dataverse.md §6; MSAL's
/// <c>AcquireTokenForClient</c> documents the "{ResourceIdUri}/.default" form).
/// </summary>
internal static class DataverseScope
{
    /// <summary><c>https://contoso.crm.dynamics.com/</c> → <c>https://contoso.crm.dynamics.com/.default</c>.</summary>
    public static string For(Uri environmentUrl)
    {
        ArgumentNullException.ThrowIfNull(environmentUrl);
        if (!environmentUrl.IsAbsoluteUri)
        {
            throw new ArgumentException("The environment URL must be absolute.", nameof(environmentUrl));
        }

        return environmentUrl.GetLeftPart(UriPartial.Authority).ToLowerInvariant() + "/.default";
    }

    /// <summary>The Microsoft Entra authority of <paramref name="tenantId"/>.</summary>
    public static string Authority(string tenantId) =>
        "https://login.microsoftonline.com/" + Uri.EscapeDataString(tenantId.Trim());
}

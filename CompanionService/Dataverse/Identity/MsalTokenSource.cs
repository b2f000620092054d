using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace MsiDynamics.CompanionService.Dataverse.Identity;

/// <summary>
/// Client-credentials tokens from Microsoft Entra ID through MSAL (dataverse.md §6): authority
/// <c>https://login.microsoftonline.com/{TenantId}</c>, a client secret or a certificate, scope
/// <c>{Url}/.default</c>. MSAL's in-memory app cache keeps and renews the token; a 401 from Dataverse
/// asks for a fresh one (<c>WithForceRefresh</c>). Failures are values that name the settings to check.
/// </summary>
/// <remarks>
/// One request at a time: MSAL does not merge concurrent requests for the same token, so callers needing the first
/// token at once would each send one; here they wait for the first and are served from MSAL's cache. Callers forced
/// to refresh while another's forced refresh ran share the token it brought. Caveat: a forced refresh that starts
/// after another has ended asks again, as the source cannot tell which token its caller was refused with.
/// </remarks>
internal sealed partial class MsalTokenSource : IDataverseTokenSource
{
    private readonly Lazy<IConfidentialClientApplication> _app;
    private readonly string[] _scopes;
    private readonly ILogger<MsalTokenSource> _logger;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private DataverseAccessToken? _lastIssued;

    public MsalTokenSource(IOptions<DataverseOptions> options, IMsalHttpClientFactory http, ILogger<MsalTokenSource> logger)
    {
        var o = options.Value;
        _scopes = [DataverseScope.For(o.Url!)];
        _logger = logger;
        _app = new Lazy<IConfidentialClientApplication>(() => Build(o, http));
    }

    public async Task<DataverseTokenResult> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        var refused = Volatile.Read(ref _lastIssued);
        await _oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (forceRefresh && _lastIssued is { } newer && !ReferenceEquals(newer, refused))
            {
                return DataverseTokenResult.Issued(newer); // issued by the identity provider since this caller asked
            }

            return await AcquireAsync(forceRefresh, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private async Task<DataverseTokenResult> AcquireAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        try
        {
            var result = await _app.Value.AcquireTokenForClient(_scopes).WithForceRefresh(forceRefresh)
                .ExecuteAsync(cancellationToken).ConfigureAwait(false);
            var token = new DataverseAccessToken(result.AccessToken, result.ExpiresOn);
            if (result.AuthenticationResultMetadata?.TokenSource == TokenSource.IdentityProvider)
            {
                Log.TokenIssued(_logger, result.ExpiresOn, forceRefresh);
                Volatile.Write(ref _lastIssued, token);
            }

            return DataverseTokenResult.Issued(token);
        }
        catch (Exception ex) when (ex is CryptographicException or IOException or UnauthorizedAccessException)
        {
            return Refused("the certificate could not be loaded (" + ex.GetType().Name + "): check Dataverse:CertificatePath and Dataverse:CertificatePassword");
        }
        catch (MsalServiceException ex) when (ex.StatusCode is 0 or 408 or 429 or >= 500)
        {
            return Unavailable($"Microsoft Entra ID did not issue a Dataverse token ({Describe(ex)}); it will be tried again");
        }
        catch (MsalServiceException ex)
        {
            return Refused($"Microsoft Entra ID refused to issue a Dataverse token ({Describe(ex)}): check Dataverse:TenantId, "
                + "Dataverse:ClientId and Dataverse:ClientSecret or Dataverse:CertificatePath");
        }
        catch (Exception ex) when (ex is MsalClientException or HttpRequestException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            var code = ex is MsalException msal ? msal.ErrorCode : ex.GetType().Name;
            return Unavailable($"Microsoft Entra ID could not be reached for a Dataverse token ({code}); it will be tried again");
        }
    }

    private DataverseTokenResult Refused(string failure)
    {
        Log.TokenRefused(_logger, failure);
        return DataverseTokenResult.Refused(failure);
    }

    private DataverseTokenResult Unavailable(string failure)
    {
        Log.TokenUnavailable(_logger, failure);
        return DataverseTokenResult.Unavailable(failure);
    }

    private static IConfidentialClientApplication Build(DataverseOptions o, IMsalHttpClientFactory http)
    {
        var builder = ConfidentialClientApplicationBuilder.Create(o.ClientId)
            .WithAuthority(DataverseScope.Authority(o.TenantId!))
            .WithHttpClientFactory(http);
        builder = string.IsNullOrWhiteSpace(o.CertificatePath)
            ? builder.WithClientSecret(o.ClientSecret)
            : builder.WithCertificate(System.Security.Cryptography.X509Certificates.X509CertificateLoader
                .LoadPkcs12FromFile(o.CertificatePath, o.CertificatePassword));
        return builder.Build();
    }

    /// <summary>MSAL's error code, HTTP status and Entra's AADSTS number; never MSAL's whole message.</summary>
    private static string Describe(MsalServiceException ex)
    {
        var aadsts = AadstsCode().Match(ex.Message);
        return $"{ex.ErrorCode}, HTTP {ex.StatusCode}{(aadsts.Success ? ", " + aadsts.Value : string.Empty)}";
    }

    [GeneratedRegex(@"AADSTS\d{4,7}")]
    private static partial Regex AadstsCode();
}

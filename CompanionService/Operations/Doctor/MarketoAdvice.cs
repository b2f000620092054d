using MsiDynamics.CompanionService.Marketo.Describe;
using MsiDynamics.CompanionService.Marketo.Transport;

namespace MsiDynamics.CompanionService.Operations.Doctor;

/// <summary>
/// What an administrator does about a refused Marketo call (marketo.md §1, §5.2): 601/602, the token; 603, the API-only
/// user's role or the IP allow-list; 607, the quota; anything else, Marketo's own words.
/// </summary>
internal static class MarketoAdvice
{
    /// <summary>The API role permission each object's calls need (marketo.md §3.1: SWAGGER's permissions).</summary>
    public static string PermissionFor(MarketoObjectType type) => type switch
    {
        MarketoObjectType.SalesPersons => "Read-Write Sales Person",
        MarketoObjectType.Companies => "Read-Write Company",
        MarketoObjectType.Leads => "Read-Write Lead",
        _ => "Read-Write Named Opportunity",
    };

    public static string For(MarketoCallOutcome outcome, string what) => outcome.Code switch
    {
        "601" or "602" => $"Marketo did not accept the access token it issued for {what} ({outcome.Code}): check that Marketo:BaseUrl is the "
            + "REST endpoint of the same instance as the LaunchPoint service (Admin > Integration > Web Services), then run doctor again.",
        "603" => $"Marketo denied {what} (603 Access denied): the API-only user's role lacks the permission, or this machine's address is "
            + "not on the instance's IP allow-list (Admin > Integration > Web Services > IP Restrictions).",
        "607" => "Marketo's daily API quota is spent (607): wait for the reset at 00:00 America/Chicago.",
        _ => $"Marketo refused {what} ({outcome.Code}: {outcome.Message}).",
    };
}

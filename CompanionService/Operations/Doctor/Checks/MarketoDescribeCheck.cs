using MsiDynamics.CompanionService.Marketo.Describe;

namespace MsiDynamics.CompanionService.Operations.Doctor.Checks;

/// <summary>
/// The API-only user's permissions: the describe of sales persons, companies, leads, opportunities and opportunity
/// roles, the five objects the sync writes (marketo.md §3), must be readable: five Marketo calls. 603 names the API role
/// permission to add. The lead describe is kept for the MSI fields check.
/// </summary>
internal sealed class MarketoDescribeCheck(DescribeClient describe) : IDoctorCheck
{
    public const string Name = "Marketo API permissions";

    public async Task<DoctorFinding> RunAsync(DoctorState state, CancellationToken cancellationToken)
    {
        if (!state.MarketoSignedIn)
        {
            return DoctorFinding.Skipped(Name, DoctorState.NeedsMarketo);
        }

        var denied = new List<MarketoObjectType>();
        var other = new List<string>();
        foreach (var type in Enum.GetValues<MarketoObjectType>())
        {
            var page = await describe.DescribeAsync(type, cancellationToken).ConfigureAwait(false);
            if (page.Call.IsSuccess && page.Items.Count == 1)
            {
                if (type == MarketoObjectType.Leads)
                {
                    state.LeadDescribe = page.Items[0];
                }

                continue;
            }

            if (page.Call.Code == "603")
            {
                denied.Add(type);
            }
            else
            {
                other.Add($"{type}: {MarketoAdvice.For(page.Call, $"the {type} describe")}");
            }
        }

        if (denied.Count > 0)
        {
            var permissions = string.Join(", ", denied.Select(MarketoAdvice.PermissionFor).Distinct());
            return DoctorFinding.Failed(Name, $"Marketo denied the describe of {string.Join(", ", denied)} (603 Access denied).",
                $"In Marketo Admin > Users & Roles > Roles, give the API-only user's role the permissions {permissions} "
                + "(or check Admin > Integration > Web Services > IP Restrictions for this machine's address)."
                + (other.Count > 0 ? " Also: " + string.Join(" ", other) : string.Empty));
        }

        return other.Count > 0
            ? DoctorFinding.Failed(Name, "Marketo refused a describe.", string.Join(" ", other))
            : DoctorFinding.Ok(Name, "the API-only user can describe sales persons, companies, leads, opportunities and opportunity roles.");
    }
}

using MsiDynamics.CompanionService.Marketo.Describe;

namespace MsiDynamics.CompanionService.Operations.Doctor;

/// <summary>What earlier checks learnt that later ones need, so that a check whose premise failed says "skipped".</summary>
internal sealed class DoctorState
{
    /// <summary>The application user's systemuserid, from WhoAmI; null when Dataverse could not be reached.</summary>
    public Guid? UserId { get; set; }

    /// <summary>Whether Marketo issued a token for the configured client id and secret.</summary>
    public bool MarketoSignedIn { get; set; }

    /// <summary>Marketo's lead describe, when it could be read (the MSI fields check reads it, no second call).</summary>
    public MarketoObjectDescription? LeadDescribe { get; set; }

    /// <summary>Whether Dataverse answered WhoAmI.</summary>
    public bool DataverseReachable => UserId is not null;

    public const string NeedsDataverse = "Dataverse reachable (see 'Dataverse connection')";

    public const string NeedsMarketo = "Marketo credentials accepted (see 'Marketo credentials')";
}

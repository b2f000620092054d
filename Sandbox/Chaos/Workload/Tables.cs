using MsiDynamics.Schema;

namespace MsiDynamics.Sandbox.Chaos.Workload;

/// <summary>Short names for the logical names the workload writes.</summary>
internal static class Tables
{
    public const string User = DataverseSchema.SystemUser.EntityName;
    public const string Account = DataverseSchema.Account.EntityName;
    public const string Contact = DataverseSchema.Contact.EntityName;
    public const string Lead = DataverseSchema.Lead.EntityName;
    public const string Opportunity = DataverseSchema.Opportunity.EntityName;
    public const string Connection = DataverseSchema.Connection.EntityName;
    public const string ConnectionRole = DataverseSchema.ConnectionRole.EntityName;
    public const string Team = "team";

    /// <summary>The tables with a sync setting the admin may toggle (connectionrole follows connection).</summary>
    public static readonly string[] Synced = [User, Account, Contact, Lead, Opportunity, Connection];
}

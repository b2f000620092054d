namespace MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

/// <summary>
/// Labels of the standard choices, for formatted values (dataverse.md §3.1, §3.2, §3.4). The labels are the
/// out-of-the-box English ones; an organisation may have renamed them.
/// </summary>
internal static class ChoiceLabels
{
    public static readonly (int, string)[] ActiveStates = [(0, "Active"), (1, "Inactive")];

    public static readonly (int, string)[] ActiveStatuses = [(1, "Active"), (2, "Inactive")];

    public static readonly (int, string)[] LeadStates = [(0, "Open"), (1, "Qualified"), (2, "Disqualified")];

    public static readonly (int, string)[] LeadStatuses =
    [
        (1, "New"), (2, "Contacted"), (3, "Qualified"), (4, "Lost"), (5, "Cannot Contact"), (6, "No Longer Interested"), (7, "Canceled"),
    ];

    /// <summary>lead.leadsourcecode (the Lead table reference).</summary>
    public static readonly (int, string)[] LeadSources =
    [
        (1, "Advertisement"), (2, "Employee Referral"), (3, "External Referral"), (4, "Partner"), (5, "Public Relations"),
        (6, "Seminar"), (7, "Trade Show"), (8, "Web"), (9, "Word of Mouth"), (10, "Other"),
    ];

    /// <summary>asyncoperation.statecode and statuscode (the AsyncOperation table reference).</summary>
    public static readonly (int, string)[] SystemJobStates = [(0, "Ready"), (1, "Suspended"), (2, "Locked"), (3, "Completed")];

    public static readonly (int, string)[] SystemJobStatuses =
    [
        (0, "Waiting For Resources"), (10, "Waiting"), (20, "In Progress"), (21, "Pausing"), (22, "Canceling"),
        (30, "Succeeded"), (31, "Failed"), (32, "Canceled"),
    ];

    public static readonly (int, string)[] OpportunityStates = [(0, "Open"), (1, "Won"), (2, "Lost")];

    public static readonly (int, string)[] OpportunityStatuses =
        [(1, "In Progress"), (2, "On Hold"), (3, "Won"), (4, "Canceled"), (5, "Out-Sold")];

    public static readonly (int, string)[] AccessModes =
    [
        (0, "Read-Write"), (1, "Administrative"), (2, "Read"), (3, "Support User"), (4, "Non-interactive"), (5, "Delegated Admin"),
    ];

    public static readonly (int, string)[] ConnectionRoleCategories =
    [
        (1, "Business"), (2, "Family"), (3, "Social"), (4, "Sales"), (5, "Other"), (1000, "Stakeholder"), (1001, "Sales Team"), (1002, "Service"),
    ];

    /// <summary>Object type codes of a connection's ends; 3 and 4 (Sales) are UNCERTAIN in the spec (§3.1).</summary>
    public static readonly (int, string)[] ObjectTypeCodes =
        [(1, "Account"), (2, "Contact"), (3, "Opportunity"), (4, "Lead"), (8, "User"), (9, "Team")];
}

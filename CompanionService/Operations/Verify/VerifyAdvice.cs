namespace MsiDynamics.CompanionService.Operations.Verify;

/// <summary>
/// What an administrator does about each finding, in Dynamics words. A row is sent again when a synced column of it
/// changes (the plug-in queues it) and the queue is drained; its sync queue row's Last error says why a push failed.
/// </summary>
internal static class VerifyAdvice
{
    private const string Drain = "then let the worker drain the queue (or run 'drain --once')";

    public static string Missing(string table) =>
        $"Edit a synced column of this {table} in Dynamics and save it, so that it is queued again; {Drain}. If it is still missing, its sync queue row's Last error says why.";

    public const string EmailMismatch =
        "Marketo Sales Insight shows this user nothing until the addresses match. Edit the user's primary e-mail in Dynamics (set it again) and save, "
        + Drain + "; or correct the sales person's e-mail in Marketo.";

    public static string CompanyMislinked(string table) =>
        $"Set the {table}'s account again in Dynamics and save, {Drain}. If the account's company is missing in Marketo too, fix that first.";

    public const string CompanyAbsent =
        "Marketo has no company for the account: edit and save the account in Dynamics, " + Drain + ".";

    public static string SalesPersonMislinked(string table) =>
        $"Assign the {table} to its owner again in Dynamics, {Drain}.";

    public const string SalesPersonAbsent =
        "Marketo has no sales person for the owner: edit and save that user in Dynamics (it needs a primary e-mail), " + Drain + ".";

    public const string RoleOpportunityAbsent =
        "Marketo has no such opportunity: edit and save the opportunity in Dynamics, " + Drain + "; then set the connection's role again.";

    public const string RoleLeadAbsent =
        "The contact has no person in Marketo: give the contact an e-mail address if it has none, edit and save it, " + Drain + "; then set the connection's role again.";

    public const string RoleLeadNotContact =
        "Delete that opportunity role in Marketo, then set the connection's role again in Dynamics so the worker creates it on the contact's person.";
}

using MsiDynamics.CompanionService.Marketo.SalesPersons;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Operations.Doctor.Checks;

/// <summary>
/// Sales person e-mails (marketo.md §4.4 rule 3: Marketo's must equal the Dynamics user's, or MSI shows that user
/// nothing): the enabled interactive users (<c>GET systemusers?$select=fullname,internalemailaddress&amp;$filter=isdisabled eq
/// false and accessmode eq 0</c>, one request, its first page) against Marketo's sales persons by externalSalesPersonId
/// (one call per 300 users). A compact check: it counts the differences and names up to five; <c>verify</c> lists all.
/// </summary>
internal sealed class SalesPersonEmailsCheck(DoctorDataverse dataverse, SalesPersonEmails marketo) : IDoctorCheck
{
    public const string Name = "Sales person e-mails";
    private const int Shown = 5;

    public async Task<DoctorFinding> RunAsync(DoctorState state, CancellationToken cancellationToken)
    {
        if (!state.DataverseReachable)
        {
            return DoctorFinding.Skipped(Name, DoctorState.NeedsDataverse);
        }

        if (!state.MarketoSignedIn)
        {
            return DoctorFinding.Skipped(Name, DoctorState.NeedsMarketo);
        }

        var (rows, outcome) = await dataverse.ListAsync(
            "systemusers?$select=fullname,internalemailaddress&$filter=isdisabled eq false and accessmode eq 0", "users", cancellationToken).ConfigureAwait(false);
        if (!outcome.IsSuccess)
        {
            return DoctorFinding.Failed(Name, "the Dynamics users could not be read.", DoctorDataverse.Advice(outcome, "systemuser"));
        }

        var users = rows.Where(r => r.GetGuid("systemuserid") is not null)
            .Select(r => (Id: RecordId.From(r.GetGuid("systemuserid"), "systemuserid"), Name: r.GetString("fullname") ?? string.Empty, Email: r.GetString("internalemailaddress")))
            .ToList();
        if (users.Count == 0)
        {
            return DoctorFinding.Ok(Name, "no enabled Dynamics user to compare.");
        }

        var (emails, call) = await marketo.ReadAsync([.. users.Select(u => u.Id)], cancellationToken).ConfigureAwait(false);
        if (!call.IsSuccess)
        {
            return DoctorFinding.Failed(Name, "Marketo's sales persons could not be read.", MarketoAdvice.For(call, "the sales person query"));
        }

        var differ = users.Where(u => emails.TryGetValue(u.Id, out var email) && !Same(email, u.Email)).ToList();
        var absent = users.Count(u => !emails.ContainsKey(u.Id));
        var notYet = absent == 0 ? string.Empty : $" {absent} not in Marketo yet (they are sent with their first synced record).";
        if (differ.Count == 0)
        {
            return DoctorFinding.Ok(Name, $"{users.Count - absent} of {users.Count} users are sales persons in Marketo with the same e-mail.{notYet}");
        }

        var named = string.Join(", ", differ.Take(Shown).Select(u => $"'{u.Name}'")) + (differ.Count > Shown ? $" and {differ.Count - Shown} more" : string.Empty);
        return DoctorFinding.Failed(Name, $"{differ.Count} sales person(s) have another e-mail in Marketo than in Dynamics: {named}.{notYet}",
            "MSI shows nothing to a user whose e-mails differ. Correct the e-mail in Dynamics (the change is synced to Marketo) or on the "
            + "sales person in Marketo; run `verify` for the full list.");
    }

    private static bool Same(string? marketo, string? dynamics) =>
        string.Equals(marketo?.Trim() ?? string.Empty, dynamics?.Trim() ?? string.Empty, StringComparison.OrdinalIgnoreCase);
}

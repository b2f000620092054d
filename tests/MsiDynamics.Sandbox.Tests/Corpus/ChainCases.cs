using MsiDynamics.Sandbox.Main;
using MsiDynamics.Schema;
using static MsiDynamics.Sandbox.Tests.Corpus.CorpusMarketo;

namespace MsiDynamics.Sandbox.Tests.Corpus;

/// <summary>
/// Rows that depend on another the worker cannot push (marketo.md §4.4 rule 1: sales persons, then companies, then
/// people and deals): an account owned by the user without an e-mail address and a contact at it, and a lead and an
/// opportunity whose account was deleted while their lookups still name it.
/// </summary>
internal static class ChainCases
{
    public static readonly Guid Gone = CorpusIds.Of("account:deleted-parent-2");

    public static IEnumerable<CorpusCase> All()
    {
        var owner = CorpusIds.Of("user:no-email");
        var account = AccountCases.Id("owner-without-email");
        var contact = ContactCases.Id("at-owner-without-email");
        yield return new CorpusCase("Account owned by the user without an e-mail address", DataverseSchema.Account.EntityName, account,
            CorpusEnd.DeadLettered, (w, ct) => w.CreateAsync(DataverseSchema.Account.EntitySetName,
                CorpusRows.Account(account, "Unowned Sales Ltd").Bind(DataverseSchema.Common.OwnerId, DataverseSchema.SystemUser.EntitySetName, owner), ct))
        { Find = Company(account), Reason = $"systemuser {owner:D} it refers to cannot be pushed to Marketo: User {owner:D} has no primary e-mail address" };
        yield return new CorpusCase("Contact at the account of the user without an e-mail address", DataverseSchema.Contact.EntityName, contact,
            CorpusEnd.DeadLettered, (w, ct) => w.CreateAsync(DataverseSchema.Contact.EntitySetName,
                CorpusRows.Contact(contact, "Cy", "Chained", "cy.chained@corpus.example", account), ct))
        {
            Find = Person(contact),
            Reason = $"account {account:D} it refers to cannot be pushed to Marketo: systemuser {owner:D} it refers to cannot be pushed to Marketo: "
                + $"User {owner:D} has no primary e-mail address (internalemailaddress); Marketo Sales Insight matches a sales person to its user by "
                + $"that address. Add one to the user. Fix systemuser {owner:D} first; the next change of account {account:D} is sent again. "
                + $"Fix account {account:D} first; the next change of contact {contact:D} is sent again.",
        };

        var lead = CorpusIds.Of("lead:deleted-parent");
        var deal = DealCases.Id("deleted-account");
        yield return new CorpusCase("Lead whose account was deleted, its lookup left naming it", DataverseSchema.Lead.EntityName, lead, CorpusEnd.DeadLettered,
            async (w, ct) =>
            {
                await w.CreateAsync(DataverseSchema.Account.EntitySetName, CorpusRows.Account(Gone, "Closed Down Ltd"), ct);
                await w.CreateAsync(DataverseSchema.Lead.EntitySetName, CorpusRows.Lead(lead, "Lia", "Left", "lia.left@corpus.example", Gone), ct);
                await w.CreateAsync(DataverseSchema.Opportunity.EntitySetName, CorpusRows.Opportunity(deal, "Deal of a closed account", Gone), ct);
                await w.DeleteAsync(DataverseSchema.Account.EntitySetName, Gone, ct);
            })
        { Find = Person(lead), Reason = $"It refers to account {Gone:D}, which exists neither in Dynamics nor in Marketo. Correct the reference in Dynamics." };
        yield return new CorpusCase("Opportunity whose account was deleted, its lookup left naming it", DataverseSchema.Opportunity.EntityName, deal,
            CorpusEnd.DeadLettered, (_, _) => Task.CompletedTask)
        { Find = Opportunity(deal), Reason = $"It refers to account {Gone:D}, which exists neither in Dynamics nor in Marketo." };

        var reassigned = ContactCases.Id("reassigned-to-team");
        yield return new CorpusCase("Contact reassigned from a user to the team before the drain", DataverseSchema.Contact.EntityName, reassigned, CorpusEnd.Pushed,
            async (w, ct) =>
            {
                await w.CreateAsync(DataverseSchema.Contact.EntitySetName,
                    CorpusRows.Contact(reassigned, "Rita", "Reassigned", "rita@corpus.example", CorpusBase.Account, SeedUsers.Ben), ct);
                await w.UpdateAsync(DataverseSchema.Contact.EntitySetName, reassigned, RowBody.Of().OwnedBy(SeedUsers.KeyAccounts), ct);
            })
        { Find = Person(reassigned), Holds = Fields(("email", "rita@corpus.example"), ("externalSalesPersonId", null)) };

        yield return ContactCases.Make("E-mail address at Dataverse's 100-character limit", "long-email", CorpusEnd.Pushed, id =>
            CorpusRows.Contact(id, "Max", "Length", LongAddress, CorpusBase.Account)) with { Holds = Fields(("email", LongAddress)) };
    }

    private static string LongAddress { get; } = new string('m', 100 - "@corpus.example".Length) + "@corpus.example";
}

using MsiDynamics.Sandbox.Main;
using MsiDynamics.Schema;
using static MsiDynamics.Sandbox.Tests.Corpus.CorpusMarketo;

namespace MsiDynamics.Sandbox.Tests.Corpus;

/// <summary>
/// Owners: users as sales persons (one without an address, one with a broken one, one who left and was disabled after
/// owning records, marketo.md §3.2), and the team, which is no sales person (marketo.md §7).
/// </summary>
internal static class OwnerCases
{
    public static readonly Guid Leaver = CorpusIds.Of("user:leaver");

    public static IEnumerable<CorpusCase> All()
    {
        var admin = SeedUsers.Id(SeedUsers.Admin);
        yield return new CorpusCase("Administrator: a healthy user", DataverseSchema.SystemUser.EntityName, admin, CorpusEnd.Pushed, (_, _) => Task.CompletedTask)
        { Find = SalesPerson(admin), Holds = Fields(("email", "ada.admin@contoso.example")) };

        var noEmail = CorpusIds.Of("user:no-email");
        yield return new CorpusCase("User without a primary e-mail address", DataverseSchema.SystemUser.EntityName, noEmail, CorpusEnd.DeadLettered,
            (w, ct) => w.CreateAsync(DataverseSchema.SystemUser.EntitySetName, CorpusRows.User(noEmail, "Nils", "Nomail", null), ct))
        { Find = SalesPerson(noEmail), Reason = "has no primary e-mail address" };

        var badEmail = CorpusIds.Of("user:bad-email");
        // A sales person's email is a string field in its describe (marketo.md §3.2), not an e-mail one: sent as it is,
        // the same text MSI matches the user by (§4.4 rule 3).
        yield return new CorpusCase("User with a malformed primary e-mail address", DataverseSchema.SystemUser.EntityName, badEmail, CorpusEnd.Pushed,
            (w, ct) => w.CreateAsync(DataverseSchema.SystemUser.EntitySetName, CorpusRows.User(badEmail, "Bert", "Badmail", "bert at contoso"), ct))
        { Find = SalesPerson(badEmail), Holds = Fields(("email", "bert at contoso")) };

        var leaverContact = ContactCases.Id("leaver-owned");
        var leaverAccount = AccountCases.Id("leaver-owned");
        var leaver = CorpusIds.Canonical(Leaver);
        yield return new CorpusCase("User disabled after owning records", DataverseSchema.SystemUser.EntityName, Leaver, CorpusEnd.Pushed,
            async (w, ct) =>
            {
                await w.CreateAsync(DataverseSchema.SystemUser.EntitySetName, CorpusRows.User(Leaver, "Lee", "Leaver", "lee.leaver@contoso.example"), ct);
                await w.CreateAsync(DataverseSchema.Account.EntitySetName,
                    CorpusRows.Account(leaverAccount, "Leaver's Account Ltd").Bind(DataverseSchema.Common.OwnerId, DataverseSchema.SystemUser.EntitySetName, Leaver), ct);
                await w.CreateAsync(DataverseSchema.Contact.EntitySetName,
                    CorpusRows.Contact(leaverContact, "Lou", "Owned", "lou.owned@corpus.example", leaverAccount)
                        .Bind(DataverseSchema.Common.OwnerId, DataverseSchema.SystemUser.EntitySetName, Leaver), ct);
                await w.UpdateAsync(DataverseSchema.SystemUser.EntitySetName, Leaver, RowBody.Of(("isdisabled", true)), ct);
            })
        { Find = SalesPerson(Leaver), Holds = Fields(("email", "lee.leaver@contoso.example")) };
        yield return new CorpusCase("Account owned by a user since disabled", DataverseSchema.Account.EntityName, leaverAccount, CorpusEnd.Pushed,
            (_, _) => Task.CompletedTask)
        { Find = Company(leaverAccount), Holds = Fields(("externalSalesPersonId", leaver)) };
        yield return new CorpusCase("Contact owned by a user since disabled", DataverseSchema.Contact.EntityName, leaverContact, CorpusEnd.Pushed,
            (_, _) => Task.CompletedTask)
        { Find = Person(leaverContact), Holds = Fields(("externalSalesPersonId", leaver), ("externalCompanyId", CorpusIds.Canonical(leaverAccount))) };

        yield return ContactCases.Make("Contact owned by the team", "team", CorpusEnd.Pushed,
            id => CorpusRows.Contact(id, "Tom", "Team", "tom.team@corpus.example", CorpusBase.Account, SeedUsers.KeyAccounts)) with
        {
            Holds = Fields(("email", "tom.team@corpus.example"), ("externalSalesPersonId", null)),
        };
    }
}

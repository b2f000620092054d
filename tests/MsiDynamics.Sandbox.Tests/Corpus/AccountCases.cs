using System.Text.Json.Nodes;
using MsiDynamics.Sandbox.Main;
using MsiDynamics.Schema;
using static MsiDynamics.Sandbox.Tests.Corpus.CorpusMarketo;

namespace MsiDynamics.Sandbox.Tests.Corpus;

/// <summary>Accounts: the base account, names with quotes, operators, emoji and right-to-left text, owners of every kind.</summary>
internal static class AccountCases
{
    private static readonly string Ann = CorpusIds.Canonical(SeedUsers.Id(SeedUsers.Ann));
    private static readonly string LongName = string.Concat(Enumerable.Repeat("Very Long Holdings ", 9))[..160];

    public static IEnumerable<CorpusCase> All()
    {
        yield return new CorpusCase("Healthy account (the one the cases' people work for)", DataverseSchema.Account.EntityName, CorpusBase.Account,
            CorpusEnd.Pushed, (_, _) => Task.CompletedTask)
        { Find = Company(CorpusBase.Account), Holds = Fields(("company", "Corpus Base Ltd"), ("externalSalesPersonId", Ann)) };
        yield return Named("Quotes, ampersand and OData operators in the account name", "odata", "O'Neil & Sons \"eq\" Ltd or 1 eq 1");
        yield return Named("Emoji and Arabic in the account name", "emoji-rtl", "🍕 شركة البيتزا");
        yield return Named("Account name at Dataverse's 160-character limit", "long-name", LongName);
        yield return Make("Account owned by the team", "team", CorpusEnd.Pushed,
            id => CorpusRows.Account(id, "Team Owned Inc", SeedUsers.KeyAccounts)) with
        {
            Holds = Fields(("company", "Team Owned Inc"), ("externalSalesPersonId", null)),
        };
        yield return Make("Account id written as an upper-case GUID", "upper-id", CorpusEnd.Pushed, id =>
        {
            var body = CorpusRows.Account(id, "Upper Case Id GmbH");
            body[DataverseSchema.Account.Id] = id.ToString("D").ToUpperInvariant();
            return body;
        }) with { Holds = Fields(("company", "Upper Case Id GmbH")) };
        yield return Make("Account whose website is not a URL", "bad-website", CorpusEnd.Pushed,
            id => CorpusRows.Account(id, "Sloppy Web Ltd").Set("websiteurl", "see our brochure")) with
        {
            Holds = Fields(("website", "see our brochure")),
        };

        var gone = Id("created-deleted");
        yield return new CorpusCase("Account created and deleted before the drain", DataverseSchema.Account.EntityName, gone, CorpusEnd.Superseded,
            async (w, ct) =>
            {
                await w.CreateAsync(DataverseSchema.Account.EntitySetName, CorpusRows.Account(gone, "Gone Before Lunch Ltd"), ct);
                await w.DeleteAsync(DataverseSchema.Account.EntitySetName, gone, ct);
            })
        { Find = Company(gone), Reason = "the Marketo record is kept (Drain:Deletes:account is Keep)" };

        var partnerA = Id("partner-a");
        var partnerB = Id("partner-b");
        var partnership = CorpusIds.Of("connection:partners");
        yield return new CorpusCase("Connection between two accounts (partners)", DataverseSchema.Connection.EntityName, partnership, CorpusEnd.NotQueued,
            async (w, ct) =>
            {
                await w.CreateAsync(DataverseSchema.Account.EntitySetName, CorpusRows.Account(partnerA, "Partner A Ltd"), ct);
                await w.CreateAsync(DataverseSchema.Account.EntitySetName, CorpusRows.Account(partnerB, "Partner B Ltd"), ct);
                await w.CreateAsync(DataverseSchema.Connection.EntitySetName, RowBody.Of((DataverseSchema.Connection.Id, partnership))
                    .Bind("record1id_account", DataverseSchema.Account.EntitySetName, partnerA)
                    .Bind("record2id_account", DataverseSchema.Account.EntitySetName, partnerB)
                    .Bind(DataverseSchema.Connection.Record2RoleId, DataverseSchema.ConnectionRole.EntitySetName, SeedStakeholders.RoleId("partner")), ct);
            });
    }

    public static Guid Id(string key) => CorpusIds.Of("account:" + key);

    public static CorpusCase Make(string name, string key, CorpusEnd end, Func<Guid, JsonObject> body)
    {
        var id = Id(key);
        return new CorpusCase(name, DataverseSchema.Account.EntityName, id, end,
            (writer, ct) => writer.CreateAsync(DataverseSchema.Account.EntitySetName, body(id), ct)) { Find = Company(id) };
    }

    private static CorpusCase Named(string name, string key, string accountName) =>
        Make(name, key, CorpusEnd.Pushed, id => CorpusRows.Account(id, accountName)) with { Holds = Fields(("company", accountName)) };
}

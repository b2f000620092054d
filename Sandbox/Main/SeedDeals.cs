using MsiDynamics.Schema;

namespace MsiDynamics.Sandbox.Main;

/// <summary>
/// The organisation's pipeline: nine opportunities (one with a 300-character topic, longer than Marketo's 255-character
/// name, so it is cut, marketo.md D10; one deleted on the second day), each sold to an account by a user.
/// </summary>
internal static class SeedDeals
{
    public const string Deleted = "proseware-pilot";
    public const string Advanced = "northwind-erp";

    /// <summary>Key, topic, account key, owner key, estimated value, probability, sales stage.</summary>
    public static readonly (string Key, string Name, string Account, string Owner, decimal Value, int Probability, string Stage)[] All =
    [
        ("fabrikam-renewal", "Fabrikam renewal 2027", SeedAccounts.Fabrikam, SeedUsers.Ann, 120_000m, 70, "Propose"),
        ("fabrikam-fleet", "Fleet telematics rollout", SeedAccounts.FabrikamLogistics, SeedUsers.Ann, 45_000m, 40, "Develop"),
        (Advanced, "Northwind ERP integration", SeedAccounts.Northwind, SeedUsers.Ben, 230_000m, 50, "Propose"),
        ("contoso-lims", "Contoso LIMS upgrade", SeedAccounts.ContosoPharma, SeedUsers.Ann, 310_000m, 35, "Develop"),
        ("tailspin-catalogue", "Tailspin holiday catalogue", SeedAccounts.Tailspin, SeedUsers.Cleo, 8_000m, 20, "Qualify"),
        ("litware-platform", "Litware platform licences", SeedAccounts.Litware, SeedUsers.Ben, 98_000m, 60, "Develop"),
        ("adventure-portal", "Adventure Works e-bike dealer portal", SeedAccounts.AdventureWorks, SeedUsers.Dan, 56_000m, 30, "Qualify"),
        ("woodgrove-core", LongTopic(), SeedAccounts.Woodgrove, SeedUsers.Ben, 1_250_000m, 25, "Qualify"),
        (Deleted, "Proseware pilot", SeedAccounts.Proseware, SeedUsers.Ann, 12_000m, 10, "Qualify"),
    ];

    public static Guid Id(string key) => SeedIds.Of("opportunity:" + key);

    public static async Task CreateAsync(WebApiWriter writer, CancellationToken cancellationToken)
    {
        foreach (var (key, name, account, owner, value, probability, stage) in All)
        {
            var body = RowBody.Of(
                (DataverseSchema.Opportunity.Id, Id(key)),
                (DataverseSchema.Common.Name, name),
                ("estimatedvalue", value),
                ("closeprobability", probability),
                ("stepname", stage))
                .OwnedBy(owner)
                .Bind("customerid_account", DataverseSchema.Account.EntitySetName, SeedAccounts.Id(account))
                .Bind("parentaccountid", DataverseSchema.Account.EntitySetName, SeedAccounts.Id(account));
            await writer.CreateAsync(DataverseSchema.Opportunity.EntitySetName, body, cancellationToken);
        }
    }

    /// <summary>A topic of exactly 300 characters, the opportunity name column's limit (dataverse.md §3.4).</summary>
    private static string LongTopic()
    {
        const string Start = "Woodgrove Bank core banking modernisation: ";
        const string Part = "payments, ledgers, cards, lending and branch systems moved to the cloud in phases; ";
        var topic = Start;
        while (topic.Length < 300)
        {
            topic += Part;
        }

        return topic[..300].TrimEnd() is { Length: 300 } exact ? exact : topic[..299] + ".";
    }
}

using MsiDynamics.Schema;

namespace MsiDynamics.Sandbox.Main;

/// <summary>
/// The organisation's customers: ten accounts, one the child of another (Marketo's company has no parent field, so the
/// link stays in Dynamics), one owned by the Key Accounts team, one by the rep who leaves, and a duplicate entered by
/// mistake that is deleted on the second day (companies follow Dynamics deletes).
/// </summary>
internal static class SeedAccounts
{
    public const string Fabrikam = "fabrikam";
    public const string FabrikamLogistics = "fabrikam-logistics";
    public const string Northwind = "northwind";
    public const string ContosoPharma = "contoso-pharma";
    public const string Tailspin = "tailspin";
    public const string Litware = "litware";
    public const string AdventureWorks = "adventure-works";
    public const string WideWorld = "wide-world";
    public const string Proseware = "proseware";
    public const string Woodgrove = "woodgrove";
    public const string Duplicate = "fabrikam-duplicate";

    /// <summary>Key, name, web domain, city, country, employees, owner key, parent account key.</summary>
    public static readonly (string Key, string Name, string Domain, string City, string Country, int Employees, string Owner, string? Parent)[] All =
    [
        (Fabrikam, "Fabrikam Ltd", "fabrikam.example", "Seattle", "United States", 1200, SeedUsers.Ann, null),
        (FabrikamLogistics, "Fabrikam Logistics", "logistics.fabrikam.example", "Tacoma", "United States", 240, SeedUsers.Ann, Fabrikam),
        (Northwind, "Northwind Traders", "northwind.example", "London", "United Kingdom", 310, SeedUsers.Ben, null),
        (ContosoPharma, "Contoso Pharmaceuticals", "contoso-pharma.example", "Basel", "Switzerland", 5400, SeedUsers.KeyAccounts, null),
        (Tailspin, "Tailspin Toys", "tailspin.example", "Portland", "United States", 85, SeedUsers.Cleo, null),
        (Litware, "Litware Inc.", "litware.example", "Austin", "United States", 640, SeedUsers.Ben, null),
        (AdventureWorks, "Adventure Works Cycles", "adventure-works.example", "Bothell", "United States", 290, SeedUsers.Dan, null),
        (WideWorld, "Wide World Importers", "wideworld.example", "San Francisco", "United States", 150, SeedUsers.Cleo, null),
        (Proseware, "Proseware, Inc.", "proseware.example", "Dublin", "Ireland", 45, SeedUsers.Ann, null),
        (Woodgrove, "Woodgrove Bank", "woodgrove.example", "New York", "United States", 9800, SeedUsers.Ben, null),
        (Duplicate, "Fabrikam (duplicate entry)", "fabrikam.example", "Seattle", "United States", 1200, SeedUsers.Ann, null),
    ];

    public static Guid Id(string key) => SeedIds.Of("account:" + key);

    /// <summary>The e-mail domain of the account's people.</summary>
    public static string Domain(string key) => All.Single(a => a.Key == key).Domain;

    /// <summary>Parents before children, so every parent lookup names a row that exists.</summary>
    public static async Task CreateAsync(WebApiWriter writer, CancellationToken cancellationToken)
    {
        var phone = 100;
        foreach (var (key, name, domain, city, country, employees, owner, parent) in All)
        {
            var body = RowBody.Of(
                (DataverseSchema.Account.Id, Id(key)),
                (DataverseSchema.Common.Name, name),
                ("websiteurl", $"https://www.{domain}"),
                ("telephone1", $"+1 555 0{phone++}"),
                ("address1_city", city),
                ("address1_country", country),
                ("numberofemployees", employees)).OwnedBy(owner);
            if (parent is not null)
            {
                body.Bind("parentaccountid", DataverseSchema.Account.EntitySetName, Id(parent));
            }

            await writer.CreateAsync(DataverseSchema.Account.EntitySetName, body, cancellationToken);
        }
    }
}

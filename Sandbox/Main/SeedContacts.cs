using MsiDynamics.Schema;

namespace MsiDynamics.Sandbox.Main;

/// <summary>
/// The organisation's contacts: twenty-five people, most working for an account (owned by the account's owner), two
/// without one, one without an e-mail address (not pushed, marketo.md D3) and one who was a lead first and kept her
/// address (the contact stands for her in Marketo, marketo.md D4).
/// </summary>
internal static class SeedContacts
{
    public const string NoEmail = "nora-blank";
    public const string SharedWithLead = "eve-quinn";
    public const string Mover = "tom-becker";

    /// <summary>First name, last name, account key (null: none), job title.</summary>
    public static readonly (string First, string Last, string? Account, string Title)[] All =
    [
        ("Cy", "Champion", SeedAccounts.Fabrikam, "CTO"),
        ("Olivia", "Park", SeedAccounts.Fabrikam, "Procurement Lead"),
        ("Raj", "Patel", SeedAccounts.Fabrikam, "CFO"),
        ("Tom", "Becker", SeedAccounts.FabrikamLogistics, "Fleet Manager"),
        ("Ines", "Alvarez", SeedAccounts.FabrikamLogistics, "Operations Director"),
        ("Grace", "Holt", SeedAccounts.Northwind, "Buyer"),
        ("Henry", "Wu", SeedAccounts.Northwind, "Head of IT"),
        ("Lena", "Fischer", SeedAccounts.ContosoPharma, "Head of Research IT"),
        ("Marc", "Weber", SeedAccounts.ContosoPharma, "Procurement"),
        ("Nora", "Blank", SeedAccounts.Tailspin, "Store Manager"),
        ("Paul", "Young", SeedAccounts.Tailspin, "Marketing Director"),
        ("Eve", "Quinn", SeedAccounts.Litware, "VP Engineering"),
        ("Kim", "Lee", SeedAccounts.Litware, "Architect"),
        ("Sofia", "Rossi", SeedAccounts.AdventureWorks, "COO"),
        ("Yusuf", "Demir", SeedAccounts.AdventureWorks, "IT Manager"),
        ("Zoe", "Martin", SeedAccounts.WideWorld, "Import Manager"),
        ("Ahmed", "Saleh", SeedAccounts.WideWorld, "Finance Director"),
        ("Bea", "Novak", SeedAccounts.Proseware, "CEO"),
        ("Carl", "Jensen", SeedAccounts.Proseware, "Development Lead"),
        ("Diana", "Chen", SeedAccounts.Woodgrove, "CIO"),
        ("Erik", "Larsen", SeedAccounts.Woodgrove, "Risk Officer"),
        ("Fatima", "Noor", SeedAccounts.Woodgrove, "Procurement"),
        ("Ivan", "Petrov", SeedAccounts.Woodgrove, "Head of Payments"),
        ("Gus", "Moreno", null, "Independent Consultant"),
        ("Hana", "Sato", null, "Analyst"),
    ];

    public static string Key(string first, string last) => $"{first}-{last}".ToLowerInvariant();

    public static Guid Id(string key) => SeedIds.Of("contact:" + key);

    /// <summary>A contact's address: first.last at the account's domain, or at a mail provider without an account.</summary>
    public static string Email(string first, string last, string? account) =>
        $"{first}.{last}@{(account is null ? "mail.example" : SeedAccounts.Domain(account))}".ToLowerInvariant();

    public static async Task CreateAsync(WebApiWriter writer, CancellationToken cancellationToken)
    {
        foreach (var (first, last, account, title) in All)
        {
            var key = Key(first, last);
            var owner = account is null ? SeedUsers.Cleo : SeedAccounts.All.Single(a => a.Key == account).Owner;
            var body = RowBody.Of(
                (DataverseSchema.Contact.Id, Id(key)),
                ("firstname", first),
                ("lastname", last),
                ("jobtitle", title),
                (DataverseSchema.Common.EmailAddress1, key == NoEmail ? null : Email(first, last, account)),
                ("address1_city", account is null ? "Seattle" : SeedAccounts.All.Single(a => a.Key == account).City)).OwnedBy(owner);
            if (account is not null)
            {
                body.Bind("parentcustomerid_account", DataverseSchema.Account.EntitySetName, SeedAccounts.Id(account));
            }

            await writer.CreateAsync(DataverseSchema.Contact.EntitySetName, body, cancellationToken);
        }
    }
}

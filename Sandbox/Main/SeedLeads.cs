using MsiDynamics.Schema;

namespace MsiDynamics.Sandbox.Main;

/// <summary>
/// The organisation's leads: fifteen prospects, some linked to an account, some only naming their company (sent as the
/// person's company, marketo.md §3.3), one with an address Marketo refuses (no dot in the domain: dead-lettered with the
/// mapper's words, marketo.md D10), one whose address a contact has (not pushed, marketo.md D4), one owned by the team.
/// </summary>
internal static class SeedLeads
{
    public const string SharedWithContact = "eve-quinn";
    public const string InvalidEmail = "sam-rivers";
    public const string Deleted = "liam-walsh";
    public const string NewAddress = "mia-lopez";
    public const string Contacted = "omar-haddad";

    /// <summary>First name, last name, e-mail, account key (null: none), company name typed on an unlinked lead, owner key, title.</summary>
    public static readonly (string First, string Last, string Email, string? Account, string? Company, string Owner, string Title)[] All =
    [
        ("Eve", "Quinn", "eve.quinn@litware.example", SeedAccounts.Litware, null, SeedUsers.Ben, "VP Engineering"),
        ("Sam", "Rivers", "sam.rivers@northwind", SeedAccounts.Northwind, null, SeedUsers.Ben, "Category Manager"),
        ("Liam", "Walsh", "liam.walsh@tailspin.example", SeedAccounts.Tailspin, null, SeedUsers.Cleo, "Buyer"),
        ("Mia", "Lopez", "mia.lopez@oldmail.example", SeedAccounts.WideWorld, null, SeedUsers.Cleo, "Logistics Planner"),
        ("Omar", "Haddad", "omar.haddad@proseware.example", SeedAccounts.Proseware, null, SeedUsers.Ann, "Product Owner"),
        ("Priya", "Nair", "priya.nair@fabrikam.example", SeedAccounts.Fabrikam, null, SeedUsers.Ann, "Data Engineer"),
        ("Quentin", "Blake", "quentin.blake@woodgrove.example", SeedAccounts.Woodgrove, null, SeedUsers.Ben, "Treasury Analyst"),
        ("Victor", "Lang", "victor.lang@adventure-works.example", SeedAccounts.AdventureWorks, null, SeedUsers.Dan, "Purchasing Agent"),
        ("Rosa", "Diaz", "rosa.diaz@blueyonder.example", null, "Blue Yonder Airlines", SeedUsers.Ann, "Travel Manager"),
        ("Sven", "Olsen", "sven.olsen@margiestravel.example", null, "Margie's Travel", SeedUsers.Dan, "Owner"),
        ("Tara", "Singh", "tara.singh@alpineskihouse.example", null, "Alpine Ski House", SeedUsers.Cleo, "General Manager"),
        ("Uma", "Reddy", "uma.reddy@cohowinery.example", null, "Coho Winery", SeedUsers.Ben, "Sommelier"),
        ("Wendy", "Clark", "wendy.clark@treyresearch.example", null, "Trey Research", SeedUsers.KeyAccounts, "Lab Director"),
        ("Xavier", "Ruiz", "xavier.ruiz@fourthcoffee.example", null, "Fourth Coffee", SeedUsers.Ann, "Head of Retail"),
        ("Yara", "Haddad", "yara.haddad@graphicdesign.example", null, "Graphic Design Institute", SeedUsers.Cleo, "Dean"),
    ];

    public static Guid Id(string key) => SeedIds.Of("lead:" + key);

    public static async Task CreateAsync(WebApiWriter writer, CancellationToken cancellationToken)
    {
        foreach (var (first, last, email, account, company, owner, title) in All)
        {
            var body = RowBody.Of(
                (DataverseSchema.Lead.Id, Id(SeedContacts.Key(first, last))),
                ("subject", $"{first} {last} ({company ?? title})"),
                ("firstname", first),
                ("lastname", last),
                ("jobtitle", title),
                (DataverseSchema.Common.EmailAddress1, email),
                ("companyname", company)).OwnedBy(owner);
            if (account is not null)
            {
                body.Bind("parentaccountid", DataverseSchema.Account.EntitySetName, SeedAccounts.Id(account));
            }

            await writer.CreateAsync(DataverseSchema.Lead.EntitySetName, body, cancellationToken);
        }
    }
}

using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace MsiDynamics.Sandbox.Chaos.Workload;

/// <summary>
/// Realistic column values for the workload's writes: names, companies, addresses, phones, amounts and dates as a
/// sales team types them, within the columns' maximum lengths (the table references' lengths the Dataverse emulator
/// enforces: phones 50 but a lead's mobile 20, postal code 20, state 50).
/// </summary>
internal static class WorkloadValues
{
    private static readonly string[] FirstNames =
    [
        "Ada", "Ben", "Cleo", "Dan", "Eve", "Femi", "Grace", "Hana", "Ivan", "Jon", "Kim", "Lena", "Marc", "Nora", "Omar",
        "Paula", "Quinn", "Raj", "Sofia", "Tom", "Uma", "Vera", "Wen", "Yusuf", "Zoe", "Ines", "Björn", "Zoë", "Seán",
    ];

    private static readonly string[] LastNames =
    [
        "Alvarez", "Becker", "Chen", "Demir", "Evans", "Fischer", "García", "Holt", "Ito", "Jensen", "Kowalski", "Larsen",
        "Moreno", "Novak", "O'Brien", "Patel", "Quist", "Rossi", "Sato", "Tanaka", "Ueda", "van der Berg", "Weber", "Young",
    ];

    private static readonly string[] Companies =
    [
        "Fabrikam", "Contoso", "Northwind Traders", "Tailspin Toys", "Litware", "Adventure Works", "Wide World Importers",
        "Proseware", "Woodgrove Bank", "Alpine Ski House", "Blue Yonder Airlines", "Coho Winery", "Fourth Coffee",
        "Lamna Healthcare", "Margie's Travel", "Trey Research", "Wingtip Toys", "Humongous Insurance",
    ];

    private static readonly string[] Suffixes = ["", " Ltd", " GmbH", " Inc.", " & Co", " Logistics", " Labs", " Holdings"];

    private static readonly (string City, string State, string Postal, string Country)[] Places =
    [
        ("Seattle", "WA", "98101", "United States"), ("Boston", "MA", "02108", "United States"),
        ("München", "Bayern", "80331", "Germany"), ("London", "Greater London", "EC1A 1BB", "United Kingdom"),
        ("Lyon", "Auvergne-Rhône-Alpes", "69001", "France"), ("Toronto", "ON", "M5H 2N2", "Canada"),
        ("São Paulo", "SP", "01310-100", "Brazil"), ("Osaka", "Osaka", "530-0001", "Japan"),
        ("Sydney", "NSW", "2000", "Australia"), ("Zürich", "ZH", "8001", "Switzerland"),
    ];

    private static readonly string[] Titles =
    [
        "CTO", "CFO", "Buyer", "Head of IT", "Procurement Lead", "Operations Director", "Architect", "Analyst",
        "Marketing Manager", "VP Engineering", "Store Manager", "Finance Director", "Développeur principal",
    ];

    private static readonly string[] Steps = ["Qualify", "Develop", "Propose", "Close", "Negotiate", "Demo booked"];

    private static readonly string[] RoleNames =
    [
        "Stakeholder", "Champion", "Decision Maker", "Economic Buyer", "Influencer", "Technical Buyer", "Sponsor",
        "End User", "Gatekeeper", "Executive Sponsor",
    ];

    public static string FirstName(Random random) => Pick(random, FirstNames);

    public static string LastName(Random random) => Pick(random, LastNames);

    public static string Company(Random random) => Pick(random, Companies) + Pick(random, Suffixes);

    public static string JobTitle(Random random) => Pick(random, Titles);

    public static string StepName(Random random) => Pick(random, Steps);

    public static string RoleName(Random random) => Pick(random, RoleNames) + (random.Next(3) == 0 ? " " + random.Next(2, 9) : string.Empty);

    public static (string City, string State, string Postal, string Country) Place(Random random) => Pick(random, Places);

    public static string Street(Random random) =>
        $"{random.Next(1, 400)} {Pick(random, ["Main Street", "Market Road", "Hauptstraße", "Rue de la Paix", "Harbour Way"])}";

    /// <summary>A phone number of at most 20 characters (a lead's mobile is the shortest phone column).</summary>
    public static string Phone(Random random) =>
        $"+{random.Next(1, 50)} {random.Next(100, 999)} {random.Next(100, 999)} {random.Next(1000, 9999)}";

    /// <summary>A new, unique-ish address: first.last + a number at a company's domain or a mail provider.</summary>
    public static string Email(Random random, string first, string last)
    {
        var domain = random.Next(4) == 0 ? "mail.example" : Slug(Company(random)) + ".example";
        var address = $"{Slug(first)}.{Slug(last)}{random.Next(1, 100_000)}@{domain}";
        return random.Next(25) == 0 ? address.ToUpperInvariant() : address;
    }

    public static string Website(Random random, string company) => $"https://www.{Slug(company)}.example";

    public static Money Amount(Random random, int min, int max) => new(decimal.Round((decimal)(min + (random.NextDouble() * (max - min))), 2));

    /// <summary>A date up to <paramref name="days"/> days either side of 1 June 2030, at midnight UTC (a date-only value).</summary>
    public static DateTime Date(Random random, int days) =>
        new DateTime(2030, 6, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(random.Next(-days, days + 1));

    /// <summary>One of the standard account industry codes (1–33).</summary>
    public static OptionSetValue Industry(Random random) => new(random.Next(1, 34));

    public static string Description(Random random) =>
        $"Noted on {Date(random, 200).ToString("d MMM", CultureInfo.InvariantCulture)}: {Pick(random, Titles)} asked for {Pick(random, Steps).ToLowerInvariant()}.";

    /// <summary>True with probability <paramref name="percent"/> %.</summary>
    public static bool Chance(Random random, int percent) => random.Next(100) < percent;

    public static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string Slug(string text) =>
        new([.. text.ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD).Where(char.IsAsciiLetterOrDigit)]);
}

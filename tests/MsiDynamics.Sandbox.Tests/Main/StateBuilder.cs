using MsiDynamics.Sandbox.Main;

namespace MsiDynamics.Sandbox.Tests.Main;

/// <summary>A small Marketo state written by hand: Ann sells to Fabrikam, whose CTO Cy champions the renewal.</summary>
internal static class StateBuilder
{
    public const string Ann = "00000000-0000-0000-0000-0000000000a1";
    public const string Ben = "00000000-0000-0000-0000-0000000000b1";
    public const string Fabrikam = "00000000-0000-0000-0000-0000000000f1";
    public const string Northwind = "00000000-0000-0000-0000-0000000000f2";
    public const string Cy = "00000000-0000-0000-0000-0000000000c1";
    public const string Renewal = "00000000-0000-0000-0000-0000000000e1";

    public static List<MarketoObject> Organisation() =>
    [
        SalesPerson(Ann, "ann.seller@contoso.example"),
        SalesPerson(Ben, "ben.closer@contoso.example"),
        Company(Fabrikam, "Fabrikam Ltd", Ann),
        Company(Northwind, "Northwind Traders", Ben),
        Person(Cy, "cy@fabrikam.example", Fabrikam, Ann),
        Opportunity(Renewal, "Fabrikam renewal", Fabrikam, Ann),
        Role(Renewal, Cy, "Champion"),
    ];

    public static MarketoObject SalesPerson(string id, string email) =>
        new(MarketoObjectKind.SalesPerson, id, email, Fields(("email", email)), Links());

    public static MarketoObject Company(string id, string name, string? owner) =>
        new(MarketoObjectKind.Company, id, name, Fields(("company", name), ("numberOfEmployees", "1200")), Links((MarketoLinks.SalesPerson, owner)));

    public static MarketoObject Person(string id, string email, string? company, string? owner) =>
        new(MarketoObjectKind.Person, id, email, Fields(("email", email), ("title", "CTO")),
            Links((MarketoLinks.Company, company), (MarketoLinks.SalesPerson, owner)));

    public static MarketoObject Opportunity(string id, string name, string? company, string? owner) =>
        new(MarketoObjectKind.Opportunity, id, name, Fields(("name", name), ("amount", "120000.00")),
            Links((MarketoLinks.Company, company), (MarketoLinks.SalesPerson, owner)));

    public static MarketoObject Role(string opportunity, string person, string role) =>
        new(MarketoObjectKind.OpportunityRole, $"{opportunity}/{person}/{role}", role, Fields(),
            Links((MarketoLinks.Opportunity, opportunity), (MarketoLinks.Person, person)));

    private static Dictionary<string, string?> Fields(params (string Name, string? Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => f.Value);

    private static Dictionary<string, string?> Links(params (string Name, string? Target)[] links) =>
        links.ToDictionary(l => l.Name, l => l.Target);
}

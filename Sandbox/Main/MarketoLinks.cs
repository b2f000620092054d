namespace MsiDynamics.Sandbox.Main;

/// <summary>
/// The links between Marketo objects that Marketo Sales Insight follows (marketo.md §4.4): a company's, a person's and an
/// opportunity's sales person, a person's and an opportunity's company, a role's opportunity and person.
/// </summary>
internal static class MarketoLinks
{
    /// <summary><c>externalSalesPersonId</c>: the owner's sales person.</summary>
    public const string SalesPerson = "sales person";

    /// <summary><c>externalCompanyId</c>: the account's company.</summary>
    public const string Company = "company";

    /// <summary>A role's <c>externalOpportunityId</c>.</summary>
    public const string Opportunity = "opportunity";

    /// <summary>A role's <c>leadId</c>, as the external id of the person it names.</summary>
    public const string Person = "person";

    /// <summary>The kind a link points at.</summary>
    public static MarketoObjectKind Target(string link) => link switch
    {
        SalesPerson => MarketoObjectKind.SalesPerson,
        Company => MarketoObjectKind.Company,
        Opportunity => MarketoObjectKind.Opportunity,
        Person => MarketoObjectKind.Person,
        _ => throw new ArgumentException($"There is no link '{link}'.", nameof(link)),
    };

    /// <summary>The object's name in a sentence: "sales person", "company", "person", "opportunity", "opportunity role".</summary>
    public static string Noun(MarketoObjectKind kind) => kind switch
    {
        MarketoObjectKind.SalesPerson => "sales person",
        MarketoObjectKind.Company => "company",
        MarketoObjectKind.Person => "person",
        MarketoObjectKind.Opportunity => "opportunity",
        _ => "opportunity role",
    };
}

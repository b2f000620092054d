namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// Finds the references that do not resolve, following the MSI Non-Native chain (architecture.md §1;
/// marketo.md §4.4 rule 1): sales person ← company ← lead ← opportunity ← opportunity role. Callers hold
/// <see cref="MarketoStore.Gate"/>.
/// </summary>
internal static class DanglingReferenceScan
{
    public static List<DanglingReference> Find(MarketoStore store)
    {
        var found = new List<DanglingReference>();
        foreach (var company in store.CompanyTable.All)
        {
            CheckSalesPerson(store, found, "company", company.ExternalCompanyId, company.ExternalSalesPersonId);
        }

        foreach (var lead in store.LeadTable.All)
        {
            var key = lead.ExternalPersonId ?? lead.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            CheckSalesPerson(store, found, "lead", key, lead.ExternalSalesPersonId);
            CheckCompany(store, found, "lead", key, lead.ExternalCompanyId);
        }

        foreach (var opportunity in store.OpportunityTable.All)
        {
            CheckSalesPerson(store, found, "opportunity", opportunity.ExternalOpportunityId, opportunity.ExternalSalesPersonId);
            CheckCompany(store, found, "opportunity", opportunity.ExternalOpportunityId, opportunity.ExternalCompanyId);
        }

        foreach (var role in store.RoleTable.All)
        {
            if (store.OpportunityTable.Find(OpportunitySchema.ExternalOpportunityId, role.ExternalOpportunityId).Count == 0)
            {
                found.Add(new("opportunityRole", role.MarketoGuid, OpportunityRoleSchema.ExternalOpportunityId, role.ExternalOpportunityId ?? string.Empty));
            }

            if (store.LeadTable.Get(role.LeadId) is null)
            {
                found.Add(new("opportunityRole", role.MarketoGuid, OpportunityRoleSchema.LeadId, role[OpportunityRoleSchema.LeadId] ?? string.Empty));
            }
        }

        return found;
    }

    private static void CheckSalesPerson(MarketoStore store, List<DanglingReference> found, string type, string? key, string? salesPerson)
    {
        if (!string.IsNullOrEmpty(salesPerson)
            && store.SalesPersonTable.Find(SalesPersonSchema.ExternalSalesPersonId, salesPerson).Count == 0)
        {
            found.Add(new(type, key ?? string.Empty, SalesPersonSchema.ExternalSalesPersonId, salesPerson));
        }
    }

    private static void CheckCompany(MarketoStore store, List<DanglingReference> found, string type, string? key, string? company)
    {
        if (!string.IsNullOrEmpty(company)
            && store.CompanyTable.Find(CompanySchema.ExternalCompanyId, company).Count == 0)
        {
            found.Add(new(type, key ?? string.Empty, CompanySchema.ExternalCompanyId, company));
        }
    }
}

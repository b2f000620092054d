using MsiDynamics.Schema;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

/// <summary>
/// account, contact, lead and opportunity (dataverse.md §3.4) with the columns the mapping reads
/// (<see cref="SyncedColumns"/>) and, on lead and contact, the MSI columns of architecture.md §4. Types and maximum
/// lengths are the table references' (the table in dataverse.md §3.4); all four support the bulk messages.
/// </summary>
internal static class SalesTables
{
    public static IEnumerable<TableMetadata> All()
    {
        yield return Addressed(new TableBuilder(DataverseSchema.Account.EntityName, DataverseSchema.Account.EntitySetName))
            .Text(160, "name").Text(20, "accountnumber").Text(100, "emailaddress1").Text(50, "telephone1").Text(200, "websiteurl")
            .Memo("description", 2000)
            .Of(ColumnType.Integer, "numberofemployees").Money("revenue").Choice("industrycode")
            .Lookup("parentaccountid", "account").Lookup("primarycontactid", "contact")
            .Lookup("originatingleadid", "lead").Lookup("masterid", "account", readOnly: true).Of(ColumnType.Boolean, "merged")
            .Owned().State(ChoiceLabels.ActiveStates, ChoiceLabels.ActiveStatuses)
            .Bulk().Build();

        yield return Person(DataverseSchema.Contact.EntityName, DataverseSchema.Contact.EntitySetName, mobilePhoneLength: 50)
            .Polymorphic("parentcustomerid", "account", "contact")
            .Lookup("originatingleadid", "lead").Lookup("masterid", "contact", readOnly: true)
            .State(ChoiceLabels.ActiveStates, ChoiceLabels.ActiveStatuses)
            .Bulk().Build();

        yield return Person(DataverseSchema.Lead.EntityName, DataverseSchema.Lead.EntitySetName, mobilePhoneLength: 20)
            .Text(300, "subject").Text(100, "companyname").Text(200, "websiteurl")
            .Money("budgetamount").Choice("leadsourcecode", ChoiceLabels.LeadSources)
            .Lookup("parentaccountid", "account").Lookup("parentcontactid", "contact")
            .Polymorphic("customerid", "account", "contact").Lookup("masterid", "lead", readOnly: true)
            .State(ChoiceLabels.LeadStates, ChoiceLabels.LeadStatuses)
            .Bulk().Build();

        yield return new TableBuilder(DataverseSchema.Opportunity.EntityName, DataverseSchema.Opportunity.EntitySetName)
            .Text(300, "name").Memo("description", 2000).Text(200, "stepname")
            .Money("estimatedvalue", "actualvalue", "budgetamount").Of(ColumnType.DateTime, "estimatedclosedate", "actualclosedate")
            .Of(ColumnType.Integer, "closeprobability")
            .Polymorphic("customerid", "account", "contact").Lookup("parentaccountid", "account").Lookup("parentcontactid", "contact")
            .Lookup("originatingleadid", "lead")
            .Owned().State(ChoiceLabels.OpportunityStates, ChoiceLabels.OpportunityStatuses)
            .Bulk().Build();
    }

    /// <summary>The columns lead and contact share: name, e-mail, job, phones, address, owner, merge and MSI columns.</summary>
    private static TableBuilder Person(string logicalName, string entitySetName, int mobilePhoneLength) =>
        Addressed(new TableBuilder(logicalName, entitySetName))
            .Computed("fullname")
            .Text(50, "firstname", "lastname", "telephone1").Text(100, "emailaddress1", "jobtitle").Text(mobilePhoneLength, "mobilephone")
            .Memo("description", 2000)
            .Of(ColumnType.Boolean, "merged")
            .Owned()
            .Text(DataverseSchema.MsiColumns.LastInterestingMomentType, 255)
            .Of(ColumnType.DateTime, DataverseSchema.MsiColumns.LastInterestingMomentDate)
            .Memo(DataverseSchema.MsiColumns.LastInterestingMomentDesc, 2000)
            .Text(DataverseSchema.MsiColumns.LastInterestingMomentSource, 255)
            .Of(ColumnType.Integer, DataverseSchema.MsiColumns.Priority, DataverseSchema.MsiColumns.RelativeUrgency, DataverseSchema.MsiColumns.RelativeScore)
            .Text(DataverseSchema.MsiColumns.MarketoLeadId, 50);

    /// <summary>Address 1 of account, contact and lead: street 250, city 80, state 50, postal code 20, country 80.</summary>
    private static TableBuilder Addressed(TableBuilder table) =>
        table.Text(250, "address1_line1").Text(80, "address1_city", "address1_country").Text(50, "address1_stateorprovince")
            .Text(20, "address1_postalcode");
}

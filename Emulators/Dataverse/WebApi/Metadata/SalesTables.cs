using MsiDynamics.Schema;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

/// <summary>
/// account, contact, lead and opportunity (dataverse.md §3.4) with the columns the mapping reads
/// (<see cref="SyncedColumns"/>) and, on lead and contact, the MSI columns of architecture.md §4.
/// </summary>
internal static class SalesTables
{
    private static readonly string[] Address =
        ["address1_line1", "address1_city", "address1_stateorprovince", "address1_postalcode", "address1_country"];

    public static IEnumerable<TableMetadata> All()
    {
        yield return new TableBuilder(DataverseSchema.Account.EntityName, DataverseSchema.Account.EntitySetName)
            .Text("name", "accountnumber", "emailaddress1", "telephone1", "websiteurl", "description").Text(Address)
            .Of(ColumnType.Integer, "numberofemployees").Of(ColumnType.Money, "revenue").Choice("industrycode")
            .Lookup("parentaccountid", "account").Lookup("primarycontactid", "contact")
            .Lookup("originatingleadid", "lead").Lookup("masterid", "account", readOnly: true).Of(ColumnType.Boolean, "merged")
            .Owned().State(ChoiceLabels.ActiveStates, ChoiceLabels.ActiveStatuses)
            .Build();

        yield return Person(DataverseSchema.Contact.EntityName, DataverseSchema.Contact.EntitySetName)
            .Polymorphic("parentcustomerid", "account", "contact")
            .Lookup("originatingleadid", "lead").Lookup("masterid", "contact", readOnly: true)
            .State(ChoiceLabels.ActiveStates, ChoiceLabels.ActiveStatuses)
            .Build();

        yield return Person(DataverseSchema.Lead.EntityName, DataverseSchema.Lead.EntitySetName)
            .Text("subject", "companyname")
            .Lookup("parentaccountid", "account").Lookup("parentcontactid", "contact")
            .Polymorphic("customerid", "account", "contact").Lookup("masterid", "lead", readOnly: true)
            .State(ChoiceLabels.LeadStates, ChoiceLabels.LeadStatuses)
            .Build();

        yield return new TableBuilder(DataverseSchema.Opportunity.EntityName, DataverseSchema.Opportunity.EntitySetName)
            .Text("name", "description", "stepname")
            .Of(ColumnType.Money, "estimatedvalue", "actualvalue").Of(ColumnType.DateTime, "estimatedclosedate", "actualclosedate")
            .Of(ColumnType.Integer, "closeprobability")
            .Polymorphic("customerid", "account", "contact").Lookup("parentaccountid", "account").Lookup("parentcontactid", "contact")
            .Lookup("originatingleadid", "lead")
            .Owned().State(ChoiceLabels.OpportunityStates, ChoiceLabels.OpportunityStatuses)
            .Build();
    }

    /// <summary>The columns lead and contact share: name, e-mail, job, phones, address, owner, merge and MSI columns.</summary>
    private static TableBuilder Person(string logicalName, string entitySetName) =>
        new TableBuilder(logicalName, entitySetName)
            .Computed("fullname")
            .Text("firstname", "lastname", "emailaddress1", "jobtitle", "telephone1", "mobilephone", "description").Text(Address)
            .Of(ColumnType.Boolean, "merged")
            .Owned()
            .Text(DataverseSchema.MsiColumns.LastInterestingMomentType, 255)
            .Of(ColumnType.DateTime, DataverseSchema.MsiColumns.LastInterestingMomentDate)
            .Text(DataverseSchema.MsiColumns.LastInterestingMomentDesc, 2000)
            .Text(DataverseSchema.MsiColumns.LastInterestingMomentSource, 255)
            .Of(ColumnType.Integer, DataverseSchema.MsiColumns.Priority, DataverseSchema.MsiColumns.RelativeUrgency, DataverseSchema.MsiColumns.RelativeScore)
            .Text(DataverseSchema.MsiColumns.MarketoLeadId, 50);
}

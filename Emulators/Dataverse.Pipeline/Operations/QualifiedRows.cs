using Microsoft.Xrm.Sdk;
using static MsiDynamics.Emulators.Dataverse.Pipeline.Storage.PlatformSchema;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Operations;

/// <summary>The rows QualifyLead creates from a lead, with the columns the platform carries over.</summary>
internal static class QualifiedRows
{
    public static Entity Account(Entity lead, EntityReference origin)
    {
        var account = new Entity(Tables.Account);
        account.Attributes[Columns.Name] = lead.GetAttributeValue<string>(Columns.CompanyName)
            ?? lead.GetAttributeValue<string>(Columns.FullName);
        CopyIfPresent(lead, account, Columns.EmailAddress1, Columns.Telephone1);
        account.Attributes[Columns.OriginatingLeadId] = origin;
        return account;
    }

    public static Entity Contact(Entity lead, EntityReference origin, EntityReference? account)
    {
        var contact = new Entity(Tables.Contact);
        CopyIfPresent(lead, contact, Columns.FirstName, Columns.LastName, Columns.EmailAddress1, Columns.JobTitle, Columns.Telephone1);
        contact.Attributes[Columns.OriginatingLeadId] = origin;
        if (account is not null)
        {
            contact.Attributes[Columns.ParentCustomerId] = account;
        }

        return contact;
    }

    public static Entity Opportunity(
        Entity lead, EntityReference origin, EntityReference? customer, EntityReference? account, EntityReference? contact)
    {
        var opportunity = new Entity(Tables.Opportunity);
        opportunity.Attributes[Columns.Name] = lead.GetAttributeValue<string>(Columns.Subject)
            ?? lead.GetAttributeValue<string>(Columns.FullName);
        opportunity.Attributes[Columns.OriginatingLeadId] = origin;
        SetIfNotNull(opportunity, Columns.CustomerId, customer);
        SetIfNotNull(opportunity, Columns.ParentAccountId, account);
        SetIfNotNull(opportunity, Columns.ParentContactId, contact);
        return opportunity;
    }

    private static void CopyIfPresent(Entity from, Entity to, params string[] columns)
    {
        foreach (var column in columns)
        {
            if (from.Attributes.TryGetValue(column, out var value) && value is not null)
            {
                to.Attributes[column] = value;
            }
        }
    }

    private static void SetIfNotNull(Entity row, string column, EntityReference? value)
    {
        if (value is not null)
        {
            row.Attributes[column] = new EntityReference(value.LogicalName, value.Id);
        }
    }
}

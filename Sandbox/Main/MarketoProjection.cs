using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.Pipeline;
using MsiDynamics.Schema;
using L = MsiDynamics.Sandbox.Main.MarketoLinks;

namespace MsiDynamics.Sandbox.Main;

/// <summary>
/// The Marketo state a CRM state should produce under the default mapping (architecture.md §1.1) once the queue is
/// drained: a sales person per user with an address, a company per account, a person per lead or contact Marketo can take
/// (<see cref="PersonProjection"/>), an opportunity per opportunity, a role per stakeholder connection
/// (<see cref="RoleProjection"/>). Opportunities and roles follow Dynamics deletes; persons and companies are kept (the
/// default policies), so a deleted lead's, contact's or account's object may be there or not, and so may a merged-away lead's or contact's (and that person's
/// roles), as Marketo had them; a merged-away account stays a company.
/// </summary>
internal static class MarketoProjection
{
    // opportunity statecode (dataverse.md §3.4): 0 Open, 1 Won, 2 Lost.
    private const int Open = 0;
    private const int Won = 1;

    public static MarketoState Of(InMemoryOrganization org)
    {
        var objects = new List<MarketoObject>();
        objects.AddRange(org.Rows(DataverseSchema.SystemUser.EntityName).Select(SalesPerson).OfType<MarketoObject>());
        objects.AddRange(org.Rows(DataverseSchema.Account.EntityName).Select(Company));
        var leads = org.Rows(DataverseSchema.Lead.EntityName);
        var contacts = org.Rows(DataverseSchema.Contact.EntityName);
        var persons = PersonProjection.Of([.. leads.Where(l => !IsMerged(l))], [.. contacts.Where(c => !IsMerged(c))]);
        objects.AddRange(persons);
        objects.AddRange(org.Rows(DataverseSchema.Opportunity.EntityName).Select(Opportunity));
        var connections = org.Rows(DataverseSchema.Connection.EntityName);
        var roles = org.Rows(DataverseSchema.ConnectionRole.EntityName);
        objects.AddRange(RoleProjection.Of(connections, roles, persons));

        // Merged-away persons are kept as Marketo had them (the Keep policy), and so are their roles.
        var merged = leads.Concat(contacts).Where(IsMerged).Select(p => (MarketoObjectKind.Person, CrmValues.Key(p.Id))).ToList();
        var mergedRoles = RoleProjection.Of(connections, roles, PersonProjection.Of([.. leads.Where(IsMerged)], [.. contacts.Where(IsMerged)]))
            .Select(r => (r.Kind, r.Key));
        var queue = org.Rows(DataverseSchema.SyncQueueItem.EntityName);
        return new MarketoState(objects, [.. PersonProjection.Kept(queue), .. KeptCompanies(queue), .. merged, .. mergedRoles]);
    }

    /// <summary>
    /// The companies of deleted accounts (their queue rows' deletes): under the default policy Marketo keeps a company, which
    /// the persons it keeps may still name, so either way is right.
    /// </summary>
    private static IEnumerable<(MarketoObjectKind, string)> KeptCompanies(IReadOnlyList<Entity> queueRows) => queueRows
        .Where(r => r.GetAttributeValue<OptionSetValue>(DataverseSchema.SyncQueueItem.Operation)?.Value == (int)QueueOperation.Delete
            && r.GetAttributeValue<string>(DataverseSchema.SyncQueueItem.Entity) == DataverseSchema.Account.EntityName)
        .Select(r => Guid.TryParse(r.GetAttributeValue<string>(DataverseSchema.SyncQueueItem.RecordId), out var id) ? CrmValues.Key(id) : null)
        .OfType<string>().Distinct()
        .Select(key => (MarketoObjectKind.Company, key));

    /// <summary>
    /// Merged away (dataverse.md §0.11): the drain treats the subordinate as deleted in favour of its master, so under the
    /// default policies its person is kept as it was. An account stays a company: its leads still name it.
    /// </summary>
    public static bool IsMerged(Entity row) => row.GetAttributeValue<object>("merged") is true;

    /// <summary>A user with an address; the environment's application users and SYSTEM are no sales persons.</summary>
    private static MarketoObject? SalesPerson(Entity user)
    {
        if (user.GetAttributeValue<object>("applicationid") is Guid app && app != Guid.Empty
            || CrmValues.Text(user, "internalemailaddress") is not { } email)
        {
            return null;
        }

        return new MarketoObject(MarketoObjectKind.SalesPerson, CrmValues.Key(user.Id), email, new Dictionary<string, string?>
        {
            ["email"] = email,
            ["firstName"] = CrmValues.Text(user, "firstname"),
            ["lastName"] = CrmValues.Text(user, "lastname"),
        }, new Dictionary<string, string?>());
    }

    private static MarketoObject Company(Entity account) =>
        new(MarketoObjectKind.Company, CrmValues.Key(account.Id), CrmValues.Text(account, DataverseSchema.Common.Name) ?? "(no name)",
            new Dictionary<string, string?>
            {
                ["company"] = CrmValues.Text(account, DataverseSchema.Common.Name),
                ["website"] = CrmValues.Text(account, "websiteurl"),
                ["mainPhone"] = CrmValues.Text(account, "telephone1"),
                ["billingStreet"] = CrmValues.Text(account, "address1_line1"),
                ["billingCity"] = CrmValues.Text(account, "address1_city"),
                ["billingState"] = CrmValues.Text(account, "address1_stateorprovince"),
                ["billingPostalCode"] = CrmValues.Text(account, "address1_postalcode"),
                ["billingCountry"] = CrmValues.Text(account, "address1_country"),
                ["numberOfEmployees"] = CrmValues.Number(account, "numberofemployees"),
                ["annualRevenue"] = CrmValues.Number(account, "revenue"),
            },
            new Dictionary<string, string?> { [L.SalesPerson] = Owner(account) });

    private static MarketoObject Opportunity(Entity opportunity)
    {
        var state = CrmValues.Choice(opportunity, DataverseSchema.Common.StateCode) ?? Open;
        return new(MarketoObjectKind.Opportunity, CrmValues.Key(opportunity.Id), CrmValues.Text(opportunity, DataverseSchema.Common.Name) ?? "(no topic)",
            new Dictionary<string, string?>
            {
                ["name"] = CrmValues.Text(opportunity, DataverseSchema.Common.Name),
                ["description"] = CrmValues.Text(opportunity, "description"),
                ["amount"] = CrmValues.Number(opportunity, "estimatedvalue"),
                ["probability"] = CrmValues.Number(opportunity, "closeprobability"),
                ["stage"] = CrmValues.Text(opportunity, "stepname"),
                ["isClosed"] = state != Open ? "true" : "false",
                ["isWon"] = state == Won ? "true" : "false",
            },
            new Dictionary<string, string?>
            {
                [L.Company] = CrmValues.Reference(opportunity, "parentaccountid", DataverseSchema.Account.EntityName)
                    ?? CrmValues.Reference(opportunity, "customerid", DataverseSchema.Account.EntityName),
                [L.SalesPerson] = Owner(opportunity),
            });
    }

    /// <summary>The owner's sales person: a user owner's id; a team owner gives none (marketo.md §7).</summary>
    public static string? Owner(Entity row) => CrmValues.Reference(row, DataverseSchema.Common.OwnerId, DataverseSchema.SystemUser.EntityName);
}

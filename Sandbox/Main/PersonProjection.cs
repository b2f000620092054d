using Microsoft.Xrm.Sdk;
using MsiDynamics.Schema;
using L = MsiDynamics.Sandbox.Main.MarketoLinks;
using Q = MsiDynamics.Schema.DataverseSchema.SyncQueueItem;

namespace MsiDynamics.Sandbox.Main;

/// <summary>
/// The persons a CRM state should produce: every contact and lead with an address Marketo takes (none: not pushed,
/// marketo.md D3; refused: dead-lettered, D10), except a lead whose address a contact has — the contact stands for that
/// person (D4). A lead's company name is sent only when no account is linked (marketo.md §3.3).
/// </summary>
internal static class PersonProjection
{
    // lead statuscode labels (dataverse.md §3.4); the worker sends a choice by its label (architecture.md §1.1).
    private static readonly Dictionary<int, string> LeadStatuses = new()
    {
        [1] = "New", [2] = "Contacted", [3] = "Qualified", [4] = "Lost", [5] = "Cannot Contact", [6] = "No Longer Interested", [7] = "Canceled",
    };

    private static readonly (string Column, string Field)[] Plain =
    [
        ("firstname", "firstName"), ("lastname", "lastName"), ("jobtitle", "title"), ("telephone1", "phone"), ("mobilephone", "mobilePhone"),
        ("address1_city", "city"), ("address1_stateorprovince", "state"), ("address1_postalcode", "postalCode"), ("address1_country", "country"),
    ];

    public static IReadOnlyList<MarketoObject> Of(IReadOnlyList<Entity> leads, IReadOnlyList<Entity> contacts)
    {
        var contactAddresses = contacts.Select(c => CrmValues.Text(c, DataverseSchema.Common.EmailAddress1)).OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var persons = contacts.Select(c => Person(c, isLead: false)).OfType<MarketoObject>().ToList();
        persons.AddRange(leads
            .Where(l => CrmValues.Text(l, DataverseSchema.Common.EmailAddress1) is not { } address || !contactAddresses.Contains(address))
            .Select(l => Person(l, isLead: true)).OfType<MarketoObject>());
        return persons;
    }

    /// <summary>The persons of deleted leads and contacts (their queue rows' deletes): Marketo keeps a person, so either way is right.</summary>
    public static IReadOnlyCollection<(MarketoObjectKind, string)> Kept(IReadOnlyList<Entity> queueRows) =>
    [
        .. queueRows
            .Where(r => r.GetAttributeValue<OptionSetValue>(Q.Operation)?.Value == (int)QueueOperation.Delete
                && r.GetAttributeValue<string>(Q.Entity) is DataverseSchema.Lead.EntityName or DataverseSchema.Contact.EntityName)
            .Select(r => Guid.TryParse(r.GetAttributeValue<string>(Q.RecordId), out var id) ? CrmValues.Key(id) : null)
            .OfType<string>().Distinct()
            .Select(key => (MarketoObjectKind.Person, key)),
    ];

    private static MarketoObject? Person(Entity row, bool isLead)
    {
        if (CrmValues.Text(row, DataverseSchema.Common.EmailAddress1) is not { } email || !MarketoEmail.Accepts(email))
        {
            return null;
        }

        var fields = new Dictionary<string, string?>(StringComparer.Ordinal) { ["email"] = email };
        foreach (var (column, field) in Plain)
        {
            fields[field] = CrmValues.Text(row, column);
        }

        var company = CrmValues.Reference(row, isLead ? "parentaccountid" : "parentcustomerid", DataverseSchema.Account.EntityName);
        if (isLead)
        {
            if (company is null)
            {
                fields["company"] = CrmValues.Text(row, "companyname");
            }

            fields["leadStatus"] = CrmValues.Choice(row, DataverseSchema.Common.StatusCode) is { } status ? LeadStatuses.GetValueOrDefault(status) : null;
        }

        var name = string.Join(' ', new[] { CrmValues.Text(row, "firstname"), CrmValues.Text(row, "lastname") }.OfType<string>());
        return new MarketoObject(MarketoObjectKind.Person, CrmValues.Key(row.Id), name.Length > 0 ? name : email, fields,
            new Dictionary<string, string?> { [L.Company] = company, [L.SalesPerson] = MarketoProjection.Owner(row) });
    }
}

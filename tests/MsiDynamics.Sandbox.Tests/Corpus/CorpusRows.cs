using System.Text.Json.Nodes;
using MsiDynamics.Sandbox.Main;
using MsiDynamics.Schema;

namespace MsiDynamics.Sandbox.Tests.Corpus;

/// <summary>Web API bodies of the corpus's rows, owned by Ann unless a case says otherwise.</summary>
internal static class CorpusRows
{
    public static JsonObject Contact(Guid id, string? first, string? last, string? email, Guid? account = null, string owner = SeedUsers.Ann)
    {
        var body = RowBody.Of((DataverseSchema.Contact.Id, id), ("firstname", first), ("lastname", last),
            (DataverseSchema.Common.EmailAddress1, email)).OwnedBy(owner);
        return account is { } parent ? body.Bind("parentcustomerid_account", DataverseSchema.Account.EntitySetName, parent) : body;
    }

    /// <summary>A lead of an existing customer (parentaccountid set), as the corpus's Marketo instance lacks the lead's company field.</summary>
    public static JsonObject Lead(Guid id, string? first, string? last, string? email, Guid? account, string? company = null, string owner = SeedUsers.Ann)
    {
        var body = RowBody.Of((DataverseSchema.Lead.Id, id), ("firstname", first), ("lastname", last), ("subject", "Corpus enquiry"),
            (DataverseSchema.Common.EmailAddress1, email), ("companyname", company)).OwnedBy(owner);
        return account is { } parent ? body.Bind("parentaccountid", DataverseSchema.Account.EntitySetName, parent) : body;
    }

    public static JsonObject Account(Guid id, string name, string owner = SeedUsers.Ann) =>
        RowBody.Of((DataverseSchema.Account.Id, id), (DataverseSchema.Common.Name, name), ("address1_city", "Seattle")).OwnedBy(owner);

    public static JsonObject Opportunity(Guid id, string name, Guid? account, string owner = SeedUsers.Ann)
    {
        var body = RowBody.Of((DataverseSchema.Opportunity.Id, id), (DataverseSchema.Common.Name, name), ("estimatedvalue", 10_000m)).OwnedBy(owner);
        return account is { } parent ? body.Bind("parentaccountid", DataverseSchema.Account.EntitySetName, parent) : body;
    }

    public static JsonObject User(Guid id, string first, string last, string? email) =>
        RowBody.Of((DataverseSchema.SystemUser.Id, id), ("firstname", first), ("lastname", last), ("internalemailaddress", email),
            ("domainname", $"{first}.{last}@contoso.example".ToLowerInvariant()), ("azureactivedirectoryobjectid", SeedIds.Of("corpus-oid:" + id)),
            ("isdisabled", false));

    /// <summary>A stakeholder connection from <paramref name="opportunity"/> to <paramref name="contact"/> in the sandbox role <paramref name="role"/>.</summary>
    public static JsonObject Stakeholder(Guid id, Guid opportunity, Guid contact, string role) =>
        RowBody.Of((DataverseSchema.Connection.Id, id))
            .Bind("record1id_opportunity", DataverseSchema.Opportunity.EntitySetName, opportunity)
            .Bind("record2id_contact", DataverseSchema.Contact.EntitySetName, contact)
            .Bind(DataverseSchema.Connection.Record2RoleId, DataverseSchema.ConnectionRole.EntitySetName, SeedStakeholders.RoleId(role));

    /// <summary><paramref name="body"/> with <paramref name="column"/> set to <paramref name="value"/>.</summary>
    public static JsonObject Set(this JsonObject body, string column, string? value)
    {
        body[column] = value;
        return body;
    }
}

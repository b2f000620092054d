using System.Text.Json.Nodes;
using MsiDynamics.Sandbox.Main;
using MsiDynamics.Schema;
using static MsiDynamics.Sandbox.Tests.Corpus.CorpusMarketo;

namespace MsiDynamics.Sandbox.Tests.Corpus;

/// <summary>Contacts as organisations have them: odd and broken addresses, names in any script, ids in any case.</summary>
internal static class ContactCases
{
    public static readonly Guid Control = Id("control");
    private static readonly string Ann = CorpusIds.Canonical(SeedUsers.Id(SeedUsers.Ann));
    private static readonly string Base = CorpusIds.Canonical(CorpusBase.Account);

    public static IEnumerable<CorpusCase> All()
    {
        yield return Make("Healthy control: a contact at an account", "control", CorpusEnd.Pushed,
            id => CorpusRows.Contact(id, "Clara", "Control", "clara.control@corpus.example", CorpusBase.Account)) with
        {
            Holds = Fields(("email", "clara.control@corpus.example"), ("firstName", "Clara"), ("lastName", "Control"),
                ("externalCompanyId", Base), ("externalSalesPersonId", Ann)),
        };
        yield return Make("Contact without an e-mail address", "no-email", CorpusEnd.Superseded,
            id => CorpusRows.Contact(id, "Nora", "Blank", null, CorpusBase.Account)) with { Reason = "no e-mail address" };
        yield return Invalid("E-mail address without an @", "no-at", "pat.corpus.example");
        yield return Invalid("E-mail address with two @", "two-at", "pat@home@corpus.example");
        yield return Invalid("E-mail address whose domain has no dot", "no-dot", "ops@localhost");
        yield return Invalid("E-mail address with a non-ASCII letter", "non-ascii", "zoë@corpus.example");
        yield return Invalid("E-mail address in display-name form", "display-name", "Pat Doe <pat.doe@corpus.example>");
        yield return Pushed("E-mail address with spaces around it", "spaced", "Sam", "Spaced", "  sam.spaced@corpus.example ",
            ("email", "sam.spaced@corpus.example"));
        yield return Pushed("E-mail address in upper case", "upper-email", "Uma", "Upper", "UMA.UPPER@CORPUS.EXAMPLE",
            ("email", "UMA.UPPER@CORPUS.EXAMPLE"));
        yield return Pushed("Emoji in the first name", "emoji", "🚀 Rocket", "Launch", "rocket@corpus.example", ("firstName", "🚀 Rocket"));
        yield return Pushed("Joined emoji (a family) in the last name", "zwj", "Fay", "Family 👩‍👩‍👧", "fay@corpus.example",
            ("lastName", "Family 👩‍👩‍👧"));
        yield return Pushed("Arabic (right-to-left) name", "arabic", "مريم", "العلي", "maryam@corpus.example",
            ("firstName", "مريم"), ("lastName", "العلي"));
        yield return Pushed("Hebrew name with a right-to-left mark", "hebrew", "\u200Fנועה", "כהן", "noa@corpus.example",
            ("firstName", "\u200Fנועה"), ("lastName", "כהן"));
        yield return Pushed("Apostrophe in the last name", "apostrophe", "Liam", "O'Brien", "liam.obrien@corpus.example", ("lastName", "O'Brien"));
        yield return Pushed("Double quotes in the first name", "quotes", "\"Bobby\"", "Tables", "bobby@corpus.example", ("firstName", "\"Bobby\""));
        yield return Pushed("OData operators in the name", "odata", "x eq null or", "1 eq 1 and contains(name,'a')", "odata@corpus.example",
            ("firstName", "x eq null or"), ("lastName", "1 eq 1 and contains(name,'a')"));
        yield return Pushed("URL metacharacters in the name", "url", "&$top=1#", "?%27;--", "url.chars@corpus.example",
            ("firstName", "&$top=1#"), ("lastName", "?%27;--"));
        yield return Pushed("Slash and backslash in the name", "slashes", "A/B", "C\\D", "slashes@corpus.example", ("firstName", "A/B"), ("lastName", "C\\D"));
        yield return Pushed("Names at Dataverse's 50-character limit", "long-names", new string('F', 50), new string('L', 50), "long.names@corpus.example",
            ("firstName", new string('F', 50)), ("lastName", new string('L', 50)));
        yield return Pushed("Blank first name (spaces only)", "blank-first", "   ", "Solo", "solo@corpus.example", ("firstName", null), ("lastName", "Solo"));
        yield return Pushed("Zero-width space and byte-order mark in the name", "zero-width", "Zed\u200B", "\uFEFFWidth", "zero.width@corpus.example",
            ("firstName", "Zed\u200B"), ("lastName", "\uFEFFWidth"));
        yield return Make("Contact id written as an upper-case GUID", "upper-id", CorpusEnd.Pushed, id => UpperCaseId(
            CorpusRows.Contact(id, "Ida", "Upper", "ida.upper@corpus.example", CorpusBase.Account), DataverseSchema.Contact.Id, id)) with
        {
            Holds = Fields(("email", "ida.upper@corpus.example"), ("externalCompanyId", Base)),
        };
        yield return Make("Account bound by an upper-case GUID in braces", "braced-bind", CorpusEnd.Pushed, id => BracedAccount(
            CorpusRows.Contact(id, "Bram", "Brace", "bram.brace@corpus.example"))) with
        {
            Holds = Fields(("externalCompanyId", Base)),
        };
        yield return Pushed("Contact with no account", "no-account", "Nia", "Solo", "nia.solo@corpus.example", account: null,
            ("externalCompanyId", null), ("externalSalesPersonId", Ann));
    }

    public static Guid Id(string key) => CorpusIds.Of("contact:" + key);

    public static CorpusCase Make(string name, string key, CorpusEnd end, Func<Guid, JsonObject> body)
    {
        var id = Id(key);
        return new CorpusCase(name, DataverseSchema.Contact.EntityName, id, end,
            (writer, ct) => writer.CreateAsync(DataverseSchema.Contact.EntitySetName, body(id), ct)) { Find = Person(id) };
    }

    private static CorpusCase Pushed(string name, string key, string first, string last, string email, params (string, string?)[] holds) =>
        Pushed(name, key, first, last, email, CorpusBase.Account, holds);

    private static CorpusCase Pushed(string name, string key, string first, string last, string email, Guid? account, params (string, string?)[] holds) =>
        Make(name, key, CorpusEnd.Pushed, id => CorpusRows.Contact(id, first, last, email, account)) with { Holds = Fields(holds) };

    /// <summary>An address Marketo's e-mail type refuses (marketo.md D10): dead-lettered before it is sent, naming the column.</summary>
    private static CorpusCase Invalid(string name, string key, string email) =>
        Make(name, key, CorpusEnd.DeadLettered, id => CorpusRows.Contact(id, "Ivy", "Invalid", email, CorpusBase.Account)) with
        {
            Reason = $"emailaddress1 value '{email}' cannot be sent to Marketo field 'email' (email): ",
        };

    private static JsonObject UpperCaseId(JsonObject body, string column, Guid id)
    {
        body[column] = id.ToString("D").ToUpperInvariant();
        return body;
    }

    private static JsonObject BracedAccount(JsonObject body)
    {
        body["parentcustomerid_account@odata.bind"] = $"{DataverseSchema.Account.EntitySetName}({CorpusBase.Account.ToString("B").ToUpperInvariant()})";
        return body;
    }
}

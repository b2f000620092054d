using MsiDynamics.Sandbox.Main;
using MsiDynamics.Schema;
using static MsiDynamics.Sandbox.Tests.Corpus.CorpusMarketo;

namespace MsiDynamics.Sandbox.Tests.Corpus;

/// <summary>Rows with a history before the drain sees them: edited, deleted, their parent deleted, sharing an address.</summary>
internal static class HistoryCases
{
    public static readonly Guid DeletedAccount = CorpusIds.Of("account:deleted-parent");
    public static readonly Guid SharedContact = ContactCases.Id("shared-address");
    private static readonly string TwinReason = $"Dynamics record {ContactCases.Id("twin-b"):D} has the same e-mail address and was sent in its "
        + "place: Marketo keeps one person per address. Merge the duplicates in Dynamics, or give each its own address.";

    private static readonly string Base = CorpusIds.Canonical(CorpusBase.Account);

    public static IEnumerable<CorpusCase> All()
    {
        var edited = ContactCases.Id("edited");
        yield return new CorpusCase("Contact edited three times before the drain", DataverseSchema.Contact.EntityName, edited, CorpusEnd.Pushed,
            async (w, ct) =>
            {
                await w.CreateAsync(DataverseSchema.Contact.EntitySetName, CorpusRows.Contact(edited, "Eddie", "Edit", "eddie@corpus.example", CorpusBase.Account), ct);
                foreach (var title in new[] { "Analyst", "Manager", "Director" })
                {
                    await w.UpdateAsync(DataverseSchema.Contact.EntitySetName, edited, RowBody.Of(("jobtitle", title)), ct);
                }
            })
        { Find = Person(edited), Holds = Fields(("title", "Director")) };

        var added = ContactCases.Id("address-added");
        yield return new CorpusCase("Contact whose e-mail address is added after it was created", DataverseSchema.Contact.EntityName, added, CorpusEnd.Pushed,
            async (w, ct) =>
            {
                await w.CreateAsync(DataverseSchema.Contact.EntitySetName, CorpusRows.Contact(added, "Ada", "Later", null, CorpusBase.Account), ct);
                await w.UpdateAsync(DataverseSchema.Contact.EntitySetName, added,
                    RowBody.Of((DataverseSchema.Common.EmailAddress1, "ada.later@corpus.example")), ct);
            })
        { Find = Person(added), Holds = Fields(("email", "ada.later@corpus.example")) };

        var gone = ContactCases.Id("created-deleted");
        yield return new CorpusCase("Contact created and deleted before the drain", DataverseSchema.Contact.EntityName, gone, CorpusEnd.Superseded,
            async (w, ct) =>
            {
                await w.CreateAsync(DataverseSchema.Contact.EntitySetName, CorpusRows.Contact(gone, "Gus", "Gone", "gus.gone@corpus.example", CorpusBase.Account), ct);
                await w.DeleteAsync(DataverseSchema.Contact.EntitySetName, gone, ct);
            })
        { Find = Person(gone) };

        var orphan = ContactCases.Id("deleted-parent");
        yield return new CorpusCase("Contact whose account was deleted, its lookup left naming it", DataverseSchema.Contact.EntityName, orphan,
            CorpusEnd.DeadLettered,
            async (w, ct) =>
            {
                await w.CreateAsync(DataverseSchema.Account.EntitySetName, CorpusRows.Account(DeletedAccount, "Short-lived Ltd"), ct);
                await w.CreateAsync(DataverseSchema.Contact.EntitySetName, CorpusRows.Contact(orphan, "Otto", "Orphan", "otto@corpus.example", DeletedAccount), ct);
                await w.DeleteAsync(DataverseSchema.Account.EntitySetName, DeletedAccount, ct);
            })
        { Find = Person(orphan), Reason = "which exists neither in Dynamics nor in Marketo. Correct the reference in Dynamics." };

        var child = ContactCases.Id("parent-contact");
        yield return ContactCases.Make("Contact whose parent customer is another contact", "parent-contact", CorpusEnd.Pushed, id =>
            CorpusRows.Contact(id, "Kit", "Child", "kit.child@corpus.example")
                .Bind("parentcustomerid_contact", DataverseSchema.Contact.EntitySetName, ContactCases.Control)) with
        {
            Holds = Fields(("email", "kit.child@corpus.example"), ("externalCompanyId", null)),
        };

        yield return ContactCases.Make("Contact sharing its address with a lead", "shared-address", CorpusEnd.Pushed, id =>
            CorpusRows.Contact(id, "Sia", "Shared", "sia.shared@corpus.example", CorpusBase.Account)) with
        {
            Holds = Fields(("email", "sia.shared@corpus.example"), ("externalCompanyId", Base)),
        };

        var twin = ContactCases.Id("twin-b");
        // Marketo keys a new person by e-mail (marketo.md D3), so one address is one person: the later contact is sent (D5).
        yield return ContactCases.Make("First of two contacts with one e-mail address", "twin-a", CorpusEnd.Superseded, id =>
            CorpusRows.Contact(id, "Tess", "Twin", "twins@corpus.example", CorpusBase.Account)) with { Reason = TwinReason };
        yield return new CorpusCase("Second of two contacts with one e-mail address", DataverseSchema.Contact.EntityName, twin, CorpusEnd.Pushed,
            (w, ct) => w.CreateAsync(DataverseSchema.Contact.EntitySetName, CorpusRows.Contact(twin, "Toby", "Twin", "twins@corpus.example", CorpusBase.Account), ct))
        { Find = Person(twin), Holds = Fields(("email", "twins@corpus.example"), ("firstName", "Toby")) };

        yield return ContactCases.Make("Tab and line break inside the name", "control-chars", CorpusEnd.Pushed, id =>
            CorpusRows.Contact(id, "Anne\tMarie", "Smith\nJones", "anne.marie@corpus.example", CorpusBase.Account)) with
        {
            Holds = Fields(("firstName", "Anne\tMarie"), ("lastName", "Smith\nJones")),
        };
        yield return ContactCases.Make("Markup in the job title", "markup", CorpusEnd.Pushed, id =>
            CorpusRows.Contact(id, "Mark", "Up", "mark.up@corpus.example", CorpusBase.Account).Set("jobtitle", "<script>alert('x')</script>")) with
        {
            Holds = Fields(("title", "<script>alert('x')</script>")),
        };
    }
}

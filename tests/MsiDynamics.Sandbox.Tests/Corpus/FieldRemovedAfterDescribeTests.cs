using MsiDynamics.Emulators.Dataverse;
using MsiDynamics.Emulators.Marketo;
using MsiDynamics.Sandbox.Hosting;
using MsiDynamics.Sandbox.Main;
using MsiDynamics.Schema;

namespace MsiDynamics.Sandbox.Tests.Corpus;

/// <summary>
/// A Marketo field removed while the worker still holds the describe that lists it (kept an hour, marketo.md D10): the
/// worker sends it, Marketo skips that record with <c>1006 Field '…' not found</c> (§5.3) and writes the records beside
/// it. The record's row is dead-lettered with Marketo's words and where to fix them (in Marketo or the mapping, not the
/// record); the other rows of the same call are pushed.
/// </summary>
public sealed class FieldRemovedAfterDescribeTests
{
    [Test]
    public async Task A_field_removed_after_the_describe_was_read_dead_letters_only_the_rows_that_send_it()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var ct = timeout.Token;
        await using var dataverse = await DataverseEmulator.StartAsync(new DataverseEmulatorOptions { PluginAssemblies = [PluginAssembly.Capture] }, ct);
        await using var marketo = await MarketoEmulator.StartAsync(new MarketoEmulatorOptions
        {
            ClientId = SandboxWorker.MarketoClientId,
            ClientSecret = SandboxWorker.MarketoClientSecret,
        }, ct);
        await using var services = SandboxWorker.Build(dataverse.BaseUrl, marketo.BaseUrl);
        using var http = new HttpClient { BaseAddress = dataverse.WebApiUrl };
        var writer = new CorpusWriter(dataverse, new WebApiWriter(http));
        await CorpusBase.WriteAsync(writer, ct);
        await writer.CreateAsync(DataverseSchema.Lead.EntitySetName,
            CorpusRows.Lead(CorpusIds.Of("lead:first-day"), "Fay", "First", "fay.first@corpus.example", null, "Initech"), ct);
        await SandboxDrain.UntilIdleAsync(services, ct);

        marketo.Options.RemovedLeadFields.Add(LeadCases.RemovedField);
        var unlinked = CorpusIds.Of("lead:after-removal");
        var linked = CorpusIds.Of("lead:linked-after-removal");
        var contact = CorpusIds.Of("contact:after-removal");
        await writer.CreateAsync(DataverseSchema.Lead.EntitySetName, CorpusRows.Lead(unlinked, "Ugo", "Unlinked", "ugo@corpus.example", null, "Globex"), ct);
        await writer.CreateAsync(DataverseSchema.Lead.EntitySetName, CorpusRows.Lead(linked, "Lin", "Linked", "lin@corpus.example", CorpusBase.Account), ct);
        await writer.CreateAsync(DataverseSchema.Contact.EntitySetName, CorpusRows.Contact(contact, "Cor", "Contact", "cor@corpus.example", CorpusBase.Account), ct);
        await SandboxDrain.UntilIdleAsync(services, ct);

        var rows = CorpusQueueRow.Read(dataverse.Organization);
        var unlinkedRow = rows.Single(r => r.RecordId == unlinked);
        Assert.Multiple(() =>
        {
            Assert.That(unlinkedRow.Status, Is.EqualTo(QueueStatus.DeadLettered), unlinkedRow.ToString());
            Assert.That(unlinkedRow.LastError, Is.EqualTo($"Marketo refused the lead {unlinked:D} (1006 Field 'company' not found). The field is not in "
                + "the Marketo instance (removed?): restore it in Marketo or change the mapping; the record's next change is sent again."));
            Assert.That(rows.Single(r => r.RecordId == linked).Status, Is.EqualTo(QueueStatus.Succeeded));
            Assert.That(rows.Single(r => r.RecordId == contact).Status, Is.EqualTo(QueueStatus.Succeeded));
            Assert.That(marketo.Store.Leads.Select(l => l.ExternalPersonId), Does.Not.Contain(CorpusIds.Canonical(unlinked))
                .And.Contain(CorpusIds.Canonical(linked)).And.Contain(CorpusIds.Canonical(contact)));
        });
    }
}

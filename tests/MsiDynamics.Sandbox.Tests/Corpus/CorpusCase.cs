using MsiDynamics.Emulators.Marketo;

namespace MsiDynamics.Sandbox.Tests.Corpus;

/// <summary>
/// One row a real organisation has, and where it must end: the CRM writes that make it (through the Web API, so the
/// real plug-ins queue them), the end of its queue rows, the words an admin reads on a dead letter or a superseded row,
/// and what Marketo holds for it afterwards.
/// </summary>
/// <param name="Name">What the row is, as the table in docs/corpus.md names it.</param>
/// <param name="Table">The Dynamics table of the record whose queue rows are checked.</param>
/// <param name="Id">The record's id.</param>
/// <param name="End">Where its queue rows end.</param>
/// <param name="Write">The CRM writes, in order; run before the drain, after the cases listed before it.</param>
internal sealed record CorpusCase(string Name, string Table, Guid Id, CorpusEnd End, Func<CorpusWriter, CancellationToken, Task> Write)
{
    /// <summary>Text the latest queue row's <c>msi_lasterror</c> must contain (dead letter, superseded row); null: not checked.</summary>
    public string? Reason { get; init; }

    /// <summary>Finds the Marketo record that stands for the row; null: the case does not look in Marketo.</summary>
    public Func<MarketoStore, MarketoRecord?>? Find { get; init; }

    /// <summary>Fields that record must hold (null value: empty); null means Marketo must hold no record for the row.</summary>
    public IReadOnlyDictionary<string, string?>? Holds { get; init; }

    public override string ToString() => Name;
}

using MsiDynamics.Schema;

namespace MsiDynamics.Sandbox.Tests.Corpus;

/// <summary>
/// The bad-input corpus (docs/corpus.md): rows a real organisation has, all written into one organisation and drained
/// once by the real worker. Each ends in a defined state — pushed, superseded, or dead-lettered with a reason an admin
/// can act on — and none keeps another from its end: the healthy control is pushed beside them all.
/// </summary>
[NonParallelizable]
public sealed class CorpusTests
{
    private CorpusRun? _run;

    private CorpusRun Run => _run ?? throw new InvalidOperationException("The corpus was not drained.");

    private static IEnumerable<TestCaseData> Cases() => CorpusCases.All.Select(c => new TestCaseData(c.Name).SetArgDisplayNames(c.Name));

    [OneTimeSetUp]
    public async Task WriteTheCorpusAndDrainItOnceAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        _run = await CorpusRun.StartAsync(timeout.Token);
        TestContext.Progress.WriteLine($"Corpus: {CorpusCases.All.Count} cases, {Run.Rows.Count} queue rows, drained in {Run.Cycles.Count} cycles, {Run.DrainTime.TotalSeconds:0.0} s.");
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_run is not null)
        {
            await _run.DisposeAsync();
        }
    }

    [Test]
    public void The_corpus_holds_at_least_50_cases_with_distinct_names()
    {
        Assert.That(CorpusCases.All, Has.Count.GreaterThanOrEqualTo(50));
        Assert.That(CorpusCases.All.Select(c => c.Name), Is.Unique);
    }

    [Test]
    public void One_drain_leaves_no_queue_row_due()
    {
        Assert.That(Run.Rows.Where(r => r.Status is not (QueueStatus.Succeeded or QueueStatus.Superseded or QueueStatus.DeadLettered)), Is.Empty);
    }

    [Test]
    public void The_healthy_control_is_pushed_beside_every_bad_row_in_the_same_drain()
    {
        var control = Run.RowsOf(DataverseSchema.Contact.EntityName, ContactCases.Control);

        Assert.That(control.Select(r => r.Status), Is.EqualTo(new[] { QueueStatus.Succeeded }));
        Assert.That(Run.Rows.Select(r => r.Status), Does.Contain(QueueStatus.DeadLettered).And.Contain(QueueStatus.Superseded));
        Assert.That(CorpusMarketo.Person(ContactCases.Control)(Run.Marketo), Is.Not.Null);
    }

    [Test]
    public void Every_dead_letter_has_a_short_reason_for_the_dashboard()
    {
        Assert.That(Run.Rows.Where(r => r.Status == QueueStatus.DeadLettered && string.IsNullOrWhiteSpace(r.Reason)), Is.Empty);
    }

    [TestCaseSource(nameof(Cases))]
    public void A_bad_input_row_ends_where_the_corpus_says(string name)
    {
        var corpusCase = CorpusCases.Named(name);
        var rows = Run.RowsOf(corpusCase.Table, corpusCase.Id);

        if (corpusCase.End == CorpusEnd.NotQueued)
        {
            Assert.That(rows, Is.Empty, "The plug-ins queued a row for a change the sync does not carry.");
        }
        else
        {
            var expected = corpusCase.End switch
            {
                CorpusEnd.Pushed => QueueStatus.Succeeded,
                CorpusEnd.Superseded => QueueStatus.Superseded,
                _ => QueueStatus.DeadLettered,
            };
            Assert.That(rows, Is.Not.Empty, "The plug-ins queued nothing for the row.");
            Assert.That(rows.Select(r => r.Status), Has.All.AnyOf(expected, QueueStatus.Superseded), string.Join("\n", rows));
            Assert.That(rows.Select(r => r.Status), Has.Member(expected), string.Join("\n", rows));
            if (corpusCase.Reason is { } reason)
            {
                Assert.That(rows.Last(r => r.Status == expected).LastError, Does.Contain(reason));
            }
        }

        if (corpusCase.Find is { } find)
        {
            var record = find(Run.Marketo);
            if (corpusCase.Holds is not { } holds)
            {
                Assert.That(record, Is.Null, "Marketo holds a record for a row that was not pushed.");
                return;
            }

            Assert.That(record, Is.Not.Null, "Marketo holds no record for the row.");
            Assert.Multiple(() =>
            {
                foreach (var (field, value) in holds)
                {
                    Assert.That(record![field] is { Length: > 0 } held ? held : null, Is.EqualTo(value), field);
                }
            });
        }
    }
}

namespace MsiDynamics.Sandbox.Tests.Corpus;

/// <summary>docs/corpus.md is the corpus's table for admins and reviewers: it lists every case, under its name.</summary>
public sealed class CorpusDocumentTests
{
    [Test]
    public void Docs_corpus_md_has_a_row_for_every_case()
    {
        var rows = File.ReadAllLines(Path.Combine(RepositoryRoot(), "docs", "corpus.md"))
            .Where(l => l.StartsWith("| ", StringComparison.Ordinal))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .Where(cells => cells.Length > 2 && int.TryParse(cells[1], out _))
            .Select(cells => cells[2])
            .ToList();

        Assert.That(rows, Is.EquivalentTo(CorpusCases.All.Select(c => c.Name)));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MsiDynamics.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("MsiDynamics.sln was not found above the test assembly.");
    }
}

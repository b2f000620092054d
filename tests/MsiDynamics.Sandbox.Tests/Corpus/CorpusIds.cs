using MsiDynamics.Sandbox.Main;

namespace MsiDynamics.Sandbox.Tests.Corpus;

/// <summary>Fixed ids of the corpus's rows, derived from their keys, so a failure names the same record every run.</summary>
internal static class CorpusIds
{
    public static Guid Of(string key) => SeedIds.Of("corpus:" + key);

    /// <summary>The id as the worker sends it to Marketo: lowercase, hyphenated, no braces (marketo.md §4.4 rule 2).</summary>
    public static string Canonical(Guid id) => id.ToString("D");
}

namespace MsiDynamics.Sandbox.Tests.Corpus;

/// <summary>Every case, in the order their writes are made: owners and accounts before the people and deals that use them.</summary>
internal static class CorpusCases
{
    public static IReadOnlyList<CorpusCase> All { get; } =
        [.. AccountCases.All(), .. OwnerCases.All(), .. ContactCases.All(), .. HistoryCases.All(), .. LeadCases.All(), .. DealCases.All(), .. ChainCases.All()];

    public static CorpusCase Named(string name) => All.Single(c => c.Name == name);
}

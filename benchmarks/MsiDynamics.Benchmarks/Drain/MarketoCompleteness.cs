using MsiDynamics.Emulators.Marketo;

namespace MsiDynamics.Benchmarks.Drain;

/// <summary>Whether Marketo ends with every record of the backlog: counts per object against the CRM rows saved, and no dangling reference.</summary>
internal sealed record MarketoCompleteness(IReadOnlyList<(string Object, int InMarketo, int InCrm)> Counts, IReadOnlyList<DanglingReference> Dangling)
{
    public static MarketoCompleteness Check(MarketoStore store, BacklogMix mix) => new(
        [
            ("sales persons (users)", store.SalesPersons.Count, mix.Users),
            ("companies (accounts)", store.Companies.Count, mix.Accounts),
            ("leads (contacts + leads)", store.Leads.Count, mix.Persons),
            ("opportunities", store.Opportunities.Count, mix.Opportunities),
            ("opportunity roles (connections)", store.OpportunityRoles.Count, mix.Connections),
        ],
        store.DanglingReferences);

    /// <summary>Every object's count matches and nothing dangles.</summary>
    public bool Complete => Dangling.Count == 0 && Counts.All(c => c.InMarketo == c.InCrm);

    public void Print(TextWriter output)
    {
        foreach (var (name, inMarketo, inCrm) in Counts)
        {
            output.WriteLine($"  {name,-34} {inMarketo,8} in Marketo / {inCrm,8} in Dynamics{(inMarketo == inCrm ? string.Empty : "  MISMATCH")}");
        }

        output.WriteLine($"  dangling references: {Dangling.Count}");
        foreach (var reference in Dangling.Take(5))
        {
            output.WriteLine($"    {reference}");
        }
    }
}

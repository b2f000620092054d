using System.Text.Json.Nodes;
using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.CompanionService.Sync.Mapping;
using MsiDynamics.Schema;
using S = MsiDynamics.CompanionService.Tests.Sync.Mapping.MappingSamples;

namespace MsiDynamics.CompanionService.Tests.Sync.Mapping;

/// <summary>
/// The columns each default mapping reads are exactly its step's filtering attributes (<see cref="SyncedColumns"/>):
/// a column read but not filtered would change Marketo's record without a capture; a column filtered but not read
/// queues changes that send nothing (architecture.md §5, dataverse.md §0.3 and §0.5).
/// </summary>
public sealed class MappingColumnsTests
{
    private static readonly Guid OpportunityId = Guid.NewGuid();

    /// <summary>
    /// Columns filtered though the mapping does not read them, each with why. Anything else filtered must be read.
    /// </summary>
    private static readonly Dictionary<string, string[]> FilteredForAnotherReason = new()
    {
        // A user's enabling or disabling is captured; no sales person field holds it (marketo.md §3.2).
        ["systemuser"] = ["isdisabled"],

        // statecode: a Merge deactivates the subordinate with a state Update (dataverse.md §0.3); that capture is how
        // the drain learns of the merge, and reads the row's merged flag instead (architecture.md §3.10).
        ["account"] = ["statecode"],
        ["lead"] = ["statecode"],
        ["contact"] = ["statecode"],

        // statuscode: set with statecode by Win and Lose (dataverse.md §0.3); statecode carries isClosed and isWon.
        ["opportunity"] = ["statuscode"],

        // statecode: a deactivated connection removes its role before any mapping (marketo.md D7).
        ["connection"] = ["statecode"],

        // A role's rename or new category re-syncs every connection using it; the connection mapping reads the name
        // through its role lookup, and the category decides which roles sync (dataverse.md §0.4).
        ["connectionrole"] = ["name", "category"],
    };

    private static readonly Dictionary<string, TableCase> Cases = new()
    {
        ["systemuser"] = new(r => Render(SalesPersonMapping.Map(r), p => p.ToJson()), [S.User()]),
        ["account"] = new(r => Render(CompanyMapping.Map(r), c => c.ToJson()), [S.Account()]),
        ["lead"] = new(r => Render(PersonMapping.Map(r, "lead", null), l => l.ToJson()),
            [S.Lead(), S.Lead().Cleared("parentaccountid")]),
        ["contact"] = new(r => Render(PersonMapping.Map(r, "contact", null), l => l.ToJson()), [S.Contact()]),
        ["opportunity"] = new(r => Render(OpportunityMapping.Map(r), o => o.ToJson()),
            [S.Opportunity(), S.Opportunity().Cleared("parentaccountid").Choice("statecode", 0, "Open")]),
        ["connection"] = new(r => Render(OpportunityRoleMapping.Map(r, 42), o => o.ToJson()),
            [S.Connection(OpportunityId), Swapped()]),
    };

    private static IEnumerable<string> Tables => Cases.Keys;

    [TestCaseSource(nameof(Tables))]
    public void Every_column_the_mapping_reads_is_a_filtering_attribute_of_its_step(
        string table)
    {
        var reads = DefaultMapping.Columns(table);
        Assert.That(reads, Is.SubsetOf(SyncedColumns.For(table)), "read but not filtered: a change to it would not be captured");
    }

    [TestCaseSource(nameof(Tables))]
    public void Every_filtering_attribute_of_a_step_is_read_by_its_mapping_or_listed_with_its_reason(
        string table)
    {
        var reads = DefaultMapping.Columns(table);
        Assert.That(SyncedColumns.For(table), Is.SubsetOf(reads.Concat(FilteredForAnotherReason[table])),
            "filtered but neither read nor listed with a reason");
        Assert.That(FilteredForAnotherReason[table], Is.SubsetOf(SyncedColumns.For(table)).And.No.AnyOf(reads.ToArray()));
    }

    [Test]
    public void A_connection_role_is_filtered_only_on_columns_listed_with_their_reason() =>
        Assert.That(SyncedColumns.For("connectionrole"), Is.EquivalentTo(FilteredForAnotherReason["connectionrole"]));

    [TestCaseSource(nameof(Tables))]
    public void A_mapping_reads_no_column_beyond_those_it_declares_and_its_select_reads_them_all(
        string table)
    {
        var (map, samples) = Cases[table];
        foreach (var sample in samples)
        {
            Assert.That(sample.Columns, Is.SupersetOf(SyncedColumns.For(table)), "the sample must hold every synced column");
            Assert.That(map(sample.Selected(DefaultMapping.Select(table))), Is.EqualTo(map(sample.Build())), table);
        }
    }

    [TestCaseSource(nameof(Tables))]
    public void Every_column_a_mapping_declares_changes_its_output_in_some_row(
        string table)
    {
        var (map, samples) = Cases[table];
        var reads = DefaultMapping.Columns(table);
        foreach (var column in reads)
        {
            Assert.That(samples.Any(s => map(s.Build()) != map(s.Copy().Without(column).Build())), Is.True, $"{table}.{column} is declared but never read");
        }
    }

    private static string Render<T>(Mapped<T> mapped, Func<T, JsonObject> json)
        where T : class => mapped.Error?.ToString() ?? json(mapped.Record!).ToJsonString();

    private static SampleRow Swapped() => new SampleRow()
        .Set("connectionid", Guid.NewGuid().ToString("D"))
        .Lookup("record1id", "contact", S.ContactId).Lookup("record1roleid", "connectionrole", Guid.NewGuid(), "Champion")
        .Lookup("record2id", "opportunity", OpportunityId).Lookup("record2roleid", "connectionrole", Guid.NewGuid(), "Stakeholder")
        .Choice("statecode", 0, "Active");

    private sealed record TableCase(Func<DataverseRow, string> Map, SampleRow[] Samples);
}

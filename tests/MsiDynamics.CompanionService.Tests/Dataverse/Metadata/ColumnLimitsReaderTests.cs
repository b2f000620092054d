using System.Net;
using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.CompanionService.Dataverse.Metadata;
using MsiDynamics.CompanionService.Tests.Dataverse.Support;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Metadata;

/// <summary>dataverse.md §0.14: the text column lengths come from the table's definitions, read once per table per process.</summary>
public sealed class ColumnLimitsReaderTests
{
    [Test]
    public async Task The_lengths_come_from_the_string_and_memo_definitions_and_each_table_is_read_once()
    {
        await using var h = DataverseClientHarness.Create(r => StubMetadata.Answer(r));
        var reader = h.Get<ColumnLimitsReader>();

        var (lead, outcome) = await reader.ReadAsync(DataverseTable.Lead);
        await h.Get<ColumnLimitsReader>().ReadAsync(DataverseTable.Lead);
        await reader.ReadAsync(DataverseTable.Contact);

        Assert.That(outcome.IsSuccess, Is.True);
        Assert.That(h.Stub.All.Select(r => r.Uri.PathAndQuery[(r.Uri.AbsolutePath.IndexOf("/v9.2/", StringComparison.Ordinal) + 6)..]), Is.EqualTo(new[]
        {
            "EntityDefinitions(LogicalName='lead')/Attributes/Microsoft.Dynamics.CRM.StringAttributeMetadata?$select=LogicalName,MaxLength",
            "EntityDefinitions(LogicalName='lead')/Attributes/Microsoft.Dynamics.CRM.MemoAttributeMetadata?$select=LogicalName,MaxLength",
            "EntityDefinitions(LogicalName='contact')/Attributes/Microsoft.Dynamics.CRM.StringAttributeMetadata?$select=LogicalName,MaxLength",
            "EntityDefinitions(LogicalName='contact')/Attributes/Microsoft.Dynamics.CRM.MemoAttributeMetadata?$select=LogicalName,MaxLength",
        }));
        Assert.That((lead!.MaxLength("msi_marketoleadid"), lead.MaxLength("msi_lastinterestingmomentdesc"), lead.MaxLength("msi_priority")),
            Is.EqualTo(((int?)50, (int?)2000, (int?)null)));
    }

    [Test]
    public async Task A_failed_read_is_an_outcome_that_says_what_to_check_and_the_next_call_reads_again()
    {
        var calls = 0;
        await using var h = DataverseClientHarness.Create(r => Interlocked.Increment(ref calls) == 1
            ? StubDataverseResponse.Error(HttpStatusCode.Forbidden, "", "Principal user is missing prvReadEntity privilege.")
            : StubMetadata.Answer(r));
        var reader = h.Get<ColumnLimitsReader>();

        var (none, failed) = await reader.ReadAsync(DataverseTable.Lead);
        var (limits, _) = await reader.ReadAsync(DataverseTable.Lead);

        Assert.That((none, failed.Kind), Is.EqualTo(((ColumnLimits?)null, DataverseOutcomeKind.AccessDenied)));
        Assert.That(failed.Error!.Message, Does.Contain("text column lengths of lead could not be read").And.Contain("prvReadEntity"));
        Assert.That(limits, Is.Not.Null);
    }

    [TestCase("abcdef", 6, "abcdef")]
    [TestCase("abcdefg", 6, "abcde…")]
    [TestCase("abcd😀fg", 6, "abcd…")]
    public void A_value_is_cut_to_its_length_with_an_ellipsis_and_never_inside_a_character(string text, int max, string expected)
    {
        Assert.That(ColumnLimits.Cut(text, max), Is.EqualTo(expected));
    }
}

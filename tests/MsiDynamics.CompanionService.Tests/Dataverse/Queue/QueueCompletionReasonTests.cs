using MsiDynamics.CompanionService.Dataverse.Queue;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Queue;

/// <summary>The short reason (<c>msi_reason</c>) a completion writes beside <c>msi_lasterror</c>: derived from the cleaned text, cleared with it.</summary>
public sealed class QueueCompletionReasonTests
{
    private static readonly Guid Row = Guid.Parse("00000000-0000-4000-8000-000000000001");

    [Test]
    public void A_dead_letter_s_reason_is_the_first_sentence_of_its_error_with_the_record_s_id_replaced()
    {
        var columns = QueueCompletion.DeadLettered(Row, 1,
            "Marketo refused the lead 3F2504E0-4F89-11D3-9A0C-0305E82C3301 (1003 Invalid value for field 'email').\nCorrect the record in Dynamics.").ToColumns();

        Assert.That((string?)columns["msi_reason"], Is.EqualTo("Marketo refused the lead {id} (1003 Invalid value for field 'email')"));
    }

    [Test]
    public void A_reason_never_carries_a_bearer_token_or_a_secret_from_the_message()
    {
        var columns = QueueCompletion.RetryScheduled(Row, 2, DateTimeOffset.UnixEpoch,
            "Attempt 2 of 5 failed: Authorization: Bearer eyJ0eXAi.abc.def refused, client_secret=hunter2 sent. Try again later.").ToColumns();

        var reason = (string?)columns["msi_reason"];
        Assert.That(reason, Does.Not.Contain("eyJ0eXAi").And.Not.Contain("hunter2"));
        Assert.That(reason, Is.EqualTo("Attempt 2 of 5 failed: Authorization: Bearer (redacted) refused, client_secret=(redacted) sent"));
    }

    [Test]
    public void A_row_that_ends_without_an_error_clears_its_reason_with_it()
    {
        var columns = QueueCompletion.Succeeded(Row, 1, "42").ToColumns();

        Assert.That(columns.ContainsKey("msi_reason") && columns["msi_reason"] is null, Is.True, "written as null, so an older reason is cleared");
        Assert.That(columns.ContainsKey("msi_lasterror") && columns["msi_lasterror"] is null, Is.True);
    }

    [Test]
    public void A_cut_never_splits_a_character_made_of_two_code_units()
    {
        var columns = QueueCompletion.DeadLettered(Row, 1, new string('x', 158) + "\U0001F600 and more " + new string('y', 100)).ToColumns();

        var reason = (string?)columns["msi_reason"];
        Assert.That(reason, Has.Length.LessThanOrEqualTo(160).And.EndsWith("…"));
        Assert.That(char.IsHighSurrogate(reason![^2]), Is.False, "no half character before the ellipsis");
    }

    [Test]
    public void A_long_first_sentence_is_cut_to_the_column_s_160_characters()
    {
        var columns = QueueCompletion.DeadLettered(Row, 1, "Marketo said " + new string('x', 400)).ToColumns();

        Assert.That((string?)columns["msi_reason"], Has.Length.EqualTo(160).And.EndsWith("…"));
    }
}

using System.Text.RegularExpressions;
using MsiDynamics.CompanionService.Dataverse.Metadata;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Dataverse.Queue;

/// <summary>
/// The short form of a queue row's <c>msi_lasterror</c>, stored in <c>msi_reason</c> with it (so a view, a chart and
/// <c>status</c> can group by it) and derived the same way by <c>status</c> for rows written before that column: the first line, its first
/// sentence (cut at the first ". " — so "… Correct the record in Dynamics; …" advice is dropped), with every GUID
/// replaced by <c>{id}</c> and runs of white space made one space, at most 160 characters (the column's length). So "Marketo refused the lead
/// 3f2504e0-… (1003 Invalid value for field 'email'). Correct the record …" groups as "Marketo refused the lead {id}
/// (1003 Invalid value for field 'email')": one group per code and field, whatever the record. An empty error is
/// "(no reason recorded)". It is made from the text as cleaned by <see cref="LastErrorText"/>, never from a raw
/// message, so it carries no secret either.
/// </summary>
internal static partial class ShortReason
{
    public const int MaxLength = DataverseSchema.SyncQueueItem.ReasonMaxLength;

    public const string None = "(no reason recorded)";

    /// <summary>
    /// The short form of <paramref name="lastError"/>, a text as stored in <c>msi_lasterror</c> by anything: cleaned first
    /// (the cleaning changes a cleaned text no further), so a row written by anything else still yields no secret.
    /// </summary>
    public static string Of(string? lastError) => OfCleaned(LastErrorText.From(lastError));

    /// <summary>The short form of a text <see cref="LastErrorText.From"/> has already cleaned: the completion's own.</summary>
    public static string OfCleaned(string? cleaned)
    {
        var line = cleaned?.Split('\n', 2)[0].Trim() ?? string.Empty;
        var sentence = line.IndexOf(". ", StringComparison.Ordinal) is var stop and > 0 ? line[..stop] : line.TrimEnd('.');
        var reason = Spaces().Replace(Guid().Replace(sentence, "{id}"), " ").Trim();
        if (reason.Length == 0)
        {
            return None;
        }

        return ColumnLimits.Cut(reason, MaxLength);
    }

    [GeneratedRegex(@"\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}?")]
    private static partial Regex Guid();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

using System.Text.RegularExpressions;

namespace MsiDynamics.CompanionService.Operations.Status;

/// <summary>
/// The short form of a dead letter's <c>msi_lasterror</c> that <c>status</c> groups by: the first line, its first
/// sentence (cut at the first ". " — so "… Correct the record in Dynamics; …" advice is dropped), with every GUID
/// replaced by <c>{id}</c> and runs of white space made one space, at most 160 characters. So "Marketo refused the lead
/// 3f2504e0-… (1003 Invalid value for field 'email'). Correct the record …" groups as "Marketo refused the lead {id}
/// (1003 Invalid value for field 'email')": one group per code and field, whatever the record. An empty error is
/// "(no reason recorded)".
/// </summary>
internal static partial class DeadLetterReason
{
    public const int MaxLength = 160;

    public const string None = "(no reason recorded)";

    public static string Of(string? lastError)
    {
        var line = lastError?.Split('\n', 2)[0].Trim() ?? string.Empty;
        var sentence = line.IndexOf(". ", StringComparison.Ordinal) is var stop and > 0 ? line[..stop] : line.TrimEnd('.');
        var reason = Spaces().Replace(Guid().Replace(sentence, "{id}"), " ").Trim();
        if (reason.Length == 0)
        {
            return None;
        }

        return reason.Length <= MaxLength ? reason : reason[..(MaxLength - 1)] + "…";
    }

    [GeneratedRegex(@"\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}?")]
    private static partial Regex Guid();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

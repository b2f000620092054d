using System.Text.RegularExpressions;
using MsiDynamics.CompanionService.Dataverse.Metadata;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Dataverse.Queue;

/// <summary>
/// Makes a failure reason fit <c>msi_lasterror</c> (multiline, 4000 characters, architecture.md §4; "never a
/// secret"): a bearer token or a <c>client_secret</c>/<c>access_token</c>/<c>password</c> value that slipped
/// into a message (as <c>name=value</c>, <c>name: value</c> or JSON's <c>"name":"value"</c>) is blanked, and
/// the text is cut to the column's length without splitting a character.
/// </summary>
internal static partial class LastErrorText
{
    /// <summary>The text to store; null for null.</summary>
    public static string? From(string? reason)
    {
        if (reason is null)
        {
            return null;
        }

        var clean = Secret().Replace(Bearer().Replace(reason, "Bearer (redacted)"), m => m.Groups["name"].Value + "=(redacted)");
        return ColumnLimits.Cut(clean, DataverseSchema.SyncQueueItem.LastErrorMaxLength);
    }

    [GeneratedRegex(@"Bearer\s+[A-Za-z0-9\-._~+/]+=*", RegexOptions.IgnoreCase)]
    private static partial Regex Bearer();

    // Also the JSON form, "access_token":"…", as an identity response quoted in a message carries it.
    [GeneratedRegex(@"(?<name>client_secret|access_token|refresh_token|password|secret)[""']?\s*[=:]\s*[""']?[^\s&,;""']+", RegexOptions.IgnoreCase)]
    private static partial Regex Secret();
}

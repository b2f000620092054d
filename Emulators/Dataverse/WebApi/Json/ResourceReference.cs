using MsiDynamics.Emulators.Dataverse.WebApi.Faults;
using MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Json;

/// <summary>
/// Reads the row a URL names, as <c>@odata.bind</c> values and <c>$n</c> references write it: <c>accounts(&lt;guid&gt;)</c>,
/// <c>/accounts(&lt;guid&gt;)</c>, an absolute URL ending in <c>/api/data/v9.2/accounts(&lt;guid&gt;)</c>, or <c>$1</c> for
/// the row a change set's request with Content-ID 1 created (dataverse.md §6).
/// </summary>
internal static class ResourceReference
{
    public const string ServiceRoot = "/api/data/v9.2/";

    public static (TableMetadata Table, Guid Id) Parse(string url, EntitySets sets, IReadOnlyDictionary<string, string> contentIds)
    {
        var path = RelativePath(Resolve(url.Trim(), contentIds));
        var open = path.IndexOf('(', StringComparison.Ordinal);
        if (open <= 0 || !path.EndsWith(')'))
        {
            throw new ApiException(400, ErrorCodes.PayloadError, $"The reference '{url}' does not name a row; write it as '<entity set>(<id>)'.");
        }

        var table = sets.BySet(path[..open]) ?? throw ApiException.ResourceNotFound(path[..open]);
        var key = path[(open + 1)..^1];
        return Guid.TryParse(key, out var id)
            ? (table, id)
            : throw ApiException.NotEmulated($"The reference '{url}' by alternate key");
    }

    /// <summary>The part of a URL below the service root: "…/api/data/v9.2/leads(…)" and "/leads(…)" → "leads(…)".</summary>
    public static string RelativePath(string url)
    {
        var root = url.IndexOf(ServiceRoot, StringComparison.OrdinalIgnoreCase);
        return root >= 0 ? url[(root + ServiceRoot.Length)..] : url.TrimStart('/');
    }

    /// <summary>Replaces a leading <c>$n</c> with the path of the row that request created; 400 for an undeclared one.</summary>
    public static string Resolve(string url, IReadOnlyDictionary<string, string> contentIds)
    {
        if (!url.StartsWith('$') || url.StartsWith("$batch", StringComparison.Ordinal))
        {
            return url;
        }

        var end = url.IndexOfAny(['/', '?']);
        var id = end < 0 ? url[1..] : url[1..end];
        if (!contentIds.TryGetValue(id, out var created))
        {
            // The batch article: "Content-ID Reference: '$1' does not exist in the batch context."
            throw ApiException.BadRequest($"Content-ID Reference: '${id}' does not exist in the batch context.");
        }

        return end < 0 ? created : created + url[end..];
    }
}

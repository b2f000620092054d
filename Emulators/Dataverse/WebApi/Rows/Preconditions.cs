using System.Globalization;
using MsiDynamics.Emulators.Dataverse.WebApi.Faults;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Rows;

/// <summary>
/// The conditional headers of a write (dataverse.md §6, §0.7): <c>If-Match: *</c> — the row must exist
/// (404); <c>If-Match: W/"n"</c> — and have version n (412 0x80060882); <c>If-None-Match: *</c> — it must not
/// exist (412 "A record with matching key values already exists."). <c>If-None-Match: null</c>, which clients
/// send on every request, means nothing. Neither header: an upsert.
/// </summary>
internal sealed class Preconditions
{
    private Preconditions(string? ifMatch, bool mustBeAbsent)
    {
        IfMatch = ifMatch;
        MustBeAbsent = mustBeAbsent;
    }

    /// <summary>"*", the expected version as digits, or null.</summary>
    public string? IfMatch { get; }

    public bool MustBeAbsent { get; }

    /// <summary>Whether the write may create the row: only without If-Match.</summary>
    public bool MayCreate => IfMatch is null;

    public static Preconditions Of(ApiCall call)
    {
        var ifMatch = call.Request.Header("If-Match")?.Trim();
        var ifNoneMatch = call.Request.Header("If-None-Match")?.Trim();
        return new Preconditions(ifMatch is null ? null : Version(ifMatch), ifNoneMatch == "*");
    }

    /// <summary>The version in an ETag: <c>W/"470867"</c> → "470867"; "*" stays "*".</summary>
    public static string Version(string etag) =>
        etag == "*" ? etag : etag.StartsWith("W/", StringComparison.Ordinal) ? etag[2..].Trim('"') : etag.Trim('"');

    /// <summary>Throws the answer Dataverse gives when the row's state fails these conditions.</summary>
    public void Check(RowKey key, Guid? existingId, long? existingVersion)
    {
        if (MustBeAbsent && existingId is not null)
        {
            throw new ApiException(412, ErrorCodes.DuplicateRecord, "A record with matching key values already exists.");
        }

        if (IfMatch is null)
        {
            return;
        }

        if (existingId is null)
        {
            throw key.Missing();
        }

        if (IfMatch != "*" && IfMatch != existingVersion?.ToString(CultureInfo.InvariantCulture))
        {
            throw new ApiException(412, ErrorCodes.ConcurrencyVersionMismatch,
                "The version of the existing record doesn't match the RowVersion property provided.");
        }
    }
}

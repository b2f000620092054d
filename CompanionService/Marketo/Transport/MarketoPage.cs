namespace MsiDynamics.CompanionService.Marketo.Transport;

/// <summary>
/// The result of a read: the items Marketo returned (possibly several pages or filter chunks,
/// concatenated) and, for a single-page read, the token to continue from.
/// </summary>
/// <typeparam name="T">The record type read.</typeparam>
/// <param name="Call">How the calls ended; on anything but Succeeded, <paramref name="Items"/> may be partial.</param>
/// <param name="Items">What Marketo returned, in Marketo's order.</param>
/// <param name="NextPageToken">
/// The position to continue from (activities: always returned; pass it to the next call and keep it
/// for the next run), or null.
/// </param>
/// <param name="MoreResult">Whether Marketo has more results after <paramref name="NextPageToken"/>.</param>
public sealed record MarketoPage<T>(
    MarketoCallOutcome Call, IReadOnlyList<T> Items, string? NextPageToken, bool MoreResult)
{
    /// <summary>A page with nothing in it and the given outcome.</summary>
    public static MarketoPage<T> Failed(MarketoCallOutcome call) => new(call, [], null, false);

    /// <summary>
    /// The records Marketo returned that could not be read, left out of <see cref="Items"/> and named here
    /// (marketo.md D11: a bad value fails its own record, never the page). Empty for most reads.
    /// </summary>
    public IReadOnlyList<MarketoUnreadableRecord> Unreadable { get; init; } = [];

    public override string ToString() =>
        $"{Call}; {Items.Count} items, {Unreadable.Count} unreadable, moreResult={MoreResult}";
}

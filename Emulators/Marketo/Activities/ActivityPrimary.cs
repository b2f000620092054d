namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// What an activity names besides its lead and type: the primary attribute's value and the id behind it, and the
/// smart campaign that logged it (DEV activities.md: their meaning "varies" by activity type; marketo.md §3.8).
/// </summary>
/// <param name="Value">primaryAttributeValue, e.g. a web page's URL or an interesting moment's description.</param>
/// <param name="ValueId">primaryAttributeValueId, the id of what <paramref name="Value"/> names, or null.</param>
/// <param name="CampaignId">campaignId, the smart campaign whose flow step logged it, or null.</param>
internal sealed record ActivityPrimary(string? Value, int? ValueId, int? CampaignId);

using MsiDynamics.CompanionService.Marketo.Activities;
using MsiDynamics.CompanionService.Marketo.Transport;

namespace MsiDynamics.CompanionService.WriteBack;

/// <summary>
/// Reads the instance's activity types once per process (one Marketo call; types change only when an administrator adds a
/// custom one) and keeps the MSI ones (<see cref="MsiActivityTypes"/>). A failed read is not kept: the next cycle asks again.
/// </summary>
internal sealed class MsiActivityTypeResolver
{
    private MsiActivityTypes? _types;

    /// <summary>The MSI activity types, or null and why they could not be read.</summary>
    public async Task<(MsiActivityTypes? Types, MarketoCallOutcome Call)> ResolveAsync(ActivitiesClient activities, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _types) is { } known)
        {
            return (known, MarketoCallOutcome.Succeeded);
        }

        var page = await activities.GetTypesAsync(cancellationToken).ConfigureAwait(false);
        if (!page.Call.IsSuccess)
        {
            return (null, page.Call);
        }

        var types = MsiActivityTypes.From(page.Items);
        Volatile.Write(ref _types, types);
        return (types, page.Call);
    }
}

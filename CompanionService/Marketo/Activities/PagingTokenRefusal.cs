using MsiDynamics.CompanionService.Marketo.Errors;
using MsiDynamics.CompanionService.Marketo.Transport;

namespace MsiDynamics.CompanionService.Marketo.Activities;

/// <summary>
/// Whether Marketo refused an activity paging token itself, rather than the call: Get Lead Activities answers a token it
/// can no longer read (lapsed, or never valid) with a response-level error and no items. Marketo documents no code for a
/// lapsed token; the emulator answers <c>1003</c> (Invalid data), as it does for an unreadable token, and a
/// <c>701</c> ("cannot be blank") would name the token too. Any other ending (an outage, the quota, a permission) says
/// nothing about the token, which is then kept (docs/writeback.md, "Assumptions").
/// </summary>
public static class PagingTokenRefusal
{
    /// <summary>True when <paramref name="call"/> is Marketo refusing the token it was sent.</summary>
    public static bool IsRefused(MarketoCallOutcome call) =>
        call.Kind == MarketoCallOutcomeKind.Stopped && call.Code is MarketoErrorCodes.InvalidData or MarketoErrorCodes.CannotBeBlank;
}

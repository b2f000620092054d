namespace MsiDynamics.CompanionService.Marketo.Transport;

/// <summary>
/// Decides whether a Marketo call may start now. <see cref="MarketoTransport"/> asks it before every attempt of every
/// call, retries and the re-authenticated second send included, and right before the request leaves; when it refuses,
/// nothing is sent and the call ends Stopped. The worker's fence is its drain lease: a call may start only while the
/// lease outlasts the call's time-out, so no call it started lands after a successor took over (dataverse.md §0.10).
/// Other hosts keep the default, <see cref="OpenMarketoCallFence"/>, which always admits.
/// </summary>
public interface IMarketoCallFence
{
    /// <summary>
    /// Whether a call that may take up to <paramref name="callTimeout"/> (<see cref="MarketoOptions.RequestTimeout"/>)
    /// may start now. Called often and from any thread: it must be cheap and must not block.
    /// </summary>
    bool CanStart(TimeSpan callTimeout);
}

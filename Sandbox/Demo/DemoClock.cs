namespace MsiDynamics.Sandbox.Demo;

/// <summary>
/// The demo's clock: real time plus however far the demo has moved it on, so that a settings change can be
/// shown taking effect after the plug-ins' 60-second cache without waiting a minute.
/// </summary>
internal sealed class DemoClock : TimeProvider
{
    private TimeSpan _offset;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + _offset;

    public void Advance(TimeSpan by) => _offset += by;
}

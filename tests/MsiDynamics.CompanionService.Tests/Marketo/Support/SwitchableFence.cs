using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using MsiDynamics.CompanionService.Marketo.Transport;

namespace MsiDynamics.CompanionService.Tests.Marketo.Support;

/// <summary>A call fence a test opens and closes, recording the time-out of every call it was asked about.</summary>
internal sealed class SwitchableFence : IMarketoCallFence
{
    private volatile bool _open = true;

    /// <summary>Whether calls may start. Open at first.</summary>
    public bool Open
    {
        get => _open;
        set => _open = value;
    }

    /// <summary>The time-out of each call the fence was asked about, in order.</summary>
    public ConcurrentQueue<TimeSpan> Asked { get; } = new();

    public bool CanStart(TimeSpan callTimeout)
    {
        Asked.Enqueue(callTimeout);
        return _open;
    }

    /// <summary>Registers this fence as a host does: before <c>AddMarketoClient</c>, which keeps it.</summary>
    public void Register(IServiceCollection services) => services.AddSingleton<IMarketoCallFence>(this);
}

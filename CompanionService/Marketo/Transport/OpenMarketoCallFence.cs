namespace MsiDynamics.CompanionService.Marketo.Transport;

/// <summary>
/// The fence of a host with nothing to fence by (a tool, a one-off run): every call may start. The default
/// registration of <see cref="IMarketoCallFence"/>; the worker replaces it with its drain lease (dataverse.md §0.10).
/// </summary>
internal sealed class OpenMarketoCallFence : IMarketoCallFence
{
    public bool CanStart(TimeSpan callTimeout) => true;
}

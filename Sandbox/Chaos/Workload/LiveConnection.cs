using Microsoft.Xrm.Sdk;

namespace MsiDynamics.Sandbox.Chaos.Workload;

/// <summary>The ends of a live connection as the workload wrote them (the master half; the platform mirrors it).</summary>
internal sealed record LiveConnection(EntityReference Record1, EntityReference Record2)
{
    public bool Touches(Guid recordId) => Record1.Id == recordId || Record2.Id == recordId;
}

using Microsoft.Xrm.Sdk;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.Sync.Drain;

/// <summary>An organisation's own rule that refuses a lead's <c>msi_marketoleadid</c> being written, as a customer's plug-in may.</summary>
[CrmPluginRegistration(
    "Update", DataverseSchema.Lead.EntityName, StageEnum.PreOperation, ExecutionModeEnum.Synchronous,
    DataverseSchema.MsiColumns.MarketoLeadId, "Customer rule: Update of lead", 1, IsolationModeEnum.Sandbox,
    Id = "6a0f3c1e-52d4-4b8e-9d1f-1c2b3a4d5e6f")]
public sealed class LeadIdRefusingPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider) =>
        throw new InvalidPluginExecutionException("This organisation's rule refuses the change.");
}

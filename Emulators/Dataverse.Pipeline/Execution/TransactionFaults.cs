namespace MsiDynamics.Emulators.Dataverse.Pipeline.Execution;

/// <summary>
/// The platform's answers to an operation whose transaction a failed request has doomed (dataverse.md §0.9), with
/// the messages Microsoft's plug-in troubleshooting page quotes: any failed data operation inside a synchronous
/// plug-in ends the transaction of the whole operation, whether or not the plug-in caught the exception.
/// </summary>
internal static class TransactionFaults
{
    /// <summary>For a later request of the doomed operation, and for its commit (-2147220911).</summary>
    public static PlatformFaultException NoActiveTransaction() =>
        new(PlatformFault.NoActiveTransaction,
            "There is no active transaction. This error is usually caused by custom plug-ins that ignore errors from "
            + "service calls and continue processing.");

    /// <summary>For the step that caught a failed call and returned as if nothing happened (-2146893812).</summary>
    public static PlatformFaultException TransactionCountReduced(RegisteredStep step) =>
        new(PlatformFault.TransactionCountReduced,
            "ISV code reduced the open transaction count. Custom plug-ins should not catch exceptions from "
            + $"OrganizationService calls and continue processing. (step '{step.Name}', {step.PluginType.FullName})");
}

namespace Microsoft.Xrm.Sdk;

/// <summary>The execution context a plug-in receives.</summary>
public interface IPluginExecutionContext : IExecutionContext
{
    /// <summary>10 = PreValidation, 20 = PreOperation, 30 = main operation, 40 = PostOperation.</summary>
    int Stage { get; }

    /// <summary>The context of the operation that caused this one, or null at the top of the chain.</summary>
    IPluginExecutionContext? ParentContext { get; }
}

#if NETFRAMEWORK
namespace System.Diagnostics.CodeAnalysis;

/// <summary>Nullable-analysis attribute that net462 lacks; internal, so it adds nothing to the public surface.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
internal sealed class MaybeNullWhenAttribute : Attribute
{
    public MaybeNullWhenAttribute(bool returnValue) => ReturnValue = returnValue;

    public bool ReturnValue { get; }
}
#endif

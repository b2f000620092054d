namespace MsiDynamics.XrmSdk.Tests.Conformance;

/// <summary>The kinds of member the surface data records.</summary>
internal enum MemberKind
{
    Constructor,
    Method,
    Property,
    Indexer,
    EnumValue,
    Field,
    Event,
}

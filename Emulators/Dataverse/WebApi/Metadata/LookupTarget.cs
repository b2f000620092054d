namespace MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

/// <summary>
/// One table a lookup may point at, and the single-valued navigation property that binds it: the lookup's own
/// name for a one-table lookup (<c>parentaccountid</c>, <c>ownerid</c>), <c>&lt;lookup&gt;_&lt;table&gt;</c> for a
/// customer or polymorphic one (<c>parentcustomerid_account</c>, <c>record1id_opportunity</c>; dataverse.md §3.1, §6).
/// </summary>
internal sealed record LookupTarget(string Table, string NavigationProperty);

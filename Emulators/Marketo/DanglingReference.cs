namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// A reference from one Marketo record to another that does not exist, e.g. a company whose
/// <c>externalSalesPersonId</c> names no sales person.
/// </summary>
/// <param name="ObjectType">The referring object: "company", "lead", "opportunity" or "opportunityRole".</param>
/// <param name="RecordKey">The referring record's key: its external id, or a role's marketoGUID.</param>
/// <param name="Field">The referring field, e.g. <c>externalSalesPersonId</c>.</param>
/// <param name="Value">The value that resolves to nothing.</param>
public sealed record DanglingReference(string ObjectType, string RecordKey, string Field, string Value)
{
    /// <summary>A line a person can act on.</summary>
    public override string ToString() => $"{ObjectType} {RecordKey}: {Field} '{Value}' names no record";
}

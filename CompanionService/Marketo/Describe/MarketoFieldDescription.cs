namespace MsiDynamics.CompanionService.Marketo.Describe;

/// <summary>
/// One field of a Marketo object as Describe reports it: its REST name, display name, data type,
/// length (for strings) and whether the API may write it.
/// </summary>
/// <param name="Name">The REST API name, e.g. <c>externalCompanyId</c>.</param>
/// <param name="DisplayName">The name shown in Marketo, e.g. "External Company Id".</param>
/// <param name="DataType">E.g. <c>string</c>, <c>email</c>, <c>integer</c>, <c>datetime</c>, <c>score</c>.</param>
/// <param name="Length">The maximum length of a string field, or null.</param>
/// <param name="Updateable">False for read-only fields such as the MSI fields (Decision 8).</param>
public sealed record MarketoFieldDescription(
    string Name, string? DisplayName, string? DataType, int? Length, bool Updateable)
{
    /// <summary>Whether <paramref name="value"/> fits this field's length (true when there is no length).</summary>
    public bool Fits(string? value) => Length is null || value is null || value.Length <= Length;

    public override string ToString() =>
        $"{Name} ({DataType}{(Length is null ? string.Empty : $", {Length}")}{(Updateable ? string.Empty : ", read-only")})";
}

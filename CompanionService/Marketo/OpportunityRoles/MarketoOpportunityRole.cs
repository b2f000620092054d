using System.Text.Json.Nodes;
using MsiDynamics.CompanionService.Marketo.Transport;

namespace MsiDynamics.CompanionService.Marketo.OpportunityRoles;

/// <summary>
/// An opportunity role to create (or update, for <c>isPrimary</c> and other updateable fields) in Marketo
/// (marketo.md §3.6): a Dynamics connection between an opportunity and a contact. Marketo requires
/// the opportunity and the lead to exist already.
/// </summary>
/// <param name="Key">Opportunity, Marketo lead id and role.</param>
/// <param name="IsPrimary">Whether this contact is the opportunity's primary contact.</param>
/// <param name="Fields">Other fields by REST name (e.g. <c>externalCreatedDate</c>), or null.</param>
public sealed record MarketoOpportunityRole(
    MarketoOpportunityRoleKey Key,
    bool IsPrimary = false,
    IReadOnlyDictionary<string, object?>? Fields = null)
{
    /// <summary>The <c>input[]</c> element Marketo expects.</summary>
    public JsonObject ToJson()
    {
        var record = MarketoJson.Record([new(MarketoSchema.IsPrimary, IsPrimary)], Fields);
        foreach (var (name, value) in Key.ToJson())
        {
            record[name] = value?.DeepClone();
        }

        return record;
    }

    public override string ToString() => Key.ToString();
}

using System.Text.Json.Nodes;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// The opportunity role object (marketo.md §3.6; DEV opportunity-roles.md): idField
/// <c>marketoGUID</c>; compound dedupe key externalOpportunityId + leadId + role, none updateable;
/// the referenced opportunity and lead must exist.
/// </summary>
internal static class OpportunityRoleSchema
{
    public const string MarketoGuid = "marketoGUID";
    public const string ExternalOpportunityId = "externalOpportunityId";
    public const string LeadId = "leadId";
    public const string Role = "role";

    public static ObjectSchema<OpportunityRole> Schema { get; } = new()
    {
        Name = "Opportunity Role",
        IdField = MarketoGuid,
        DedupeFields = [ExternalOpportunityId, LeadId, Role],
        SearchableFields = [[ExternalOpportunityId, LeadId, Role], [MarketoGuid], [LeadId], [ExternalOpportunityId]],
        Fields =
        [
            FieldDefinition.Text(ExternalOpportunityId, "External Opportunity Id", 50, updateable: false),
            FieldDefinition.Of(LeadId, "Lead Id", "integer", updateable: false),
            FieldDefinition.Text(Role, "Role", 50, updateable: false),
            FieldDefinition.Of("isPrimary", "Is Primary", "boolean"),
            FieldDefinition.Of("externalCreatedDate", "External Created Date", "datetime"),
        ],
        Table = store => store.RoleTable,
        Create = (ordinal, fields) => new OpportunityRole(ordinal, fields),
        RequiredOnCreate = [ExternalOpportunityId, LeadId, Role],
        CheckRecord = ReferencesExist,
    };

    /// <summary>
    /// "For record creation to succeed, the opportunity and lead referenced by the ID fields must exist"
    /// (§3.6). The reason code is not documented; the emulator answers 1013 "Record not found" (§5.3),
    /// naming which reference is missing.
    /// </summary>
    private static (string Code, string Message)? ReferencesExist(MarketoStore store, JsonObject record)
    {
        var opportunity = FieldValues.Text(record[ExternalOpportunityId]);
        if (store.OpportunityTable.Find(OpportunitySchema.ExternalOpportunityId, opportunity).Count == 0)
        {
            return (RecordReasons.RecordNotFound, $"Opportunity '{opportunity}' not found");
        }

        var leadId = FieldValues.Integer(record[LeadId]);
        return leadId is { } id && store.LeadTable.Get(id) is not null
            ? null
            : (RecordReasons.RecordNotFound, $"Lead '{FieldValues.Text(record[LeadId])}' not found");
    }
}

using System.Text.Json.Nodes;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// Sync Leads, <c>POST /rest/v1/leads.json</c> <c>{action, lookupField, input}</c> (marketo.md §3.4):
/// action createOnly|updateOnly|createOrUpdate|createDuplicate (default createOrUpdate), lookupField
/// (default email), ≤ 300 records; one result per record in input order, without <c>seq</c> (§2).
/// </summary>
internal static class LeadSync
{
    public const string CreateDuplicate = "createDuplicate";

    public static MarketoResponse Run(MarketoCall call)
    {
        var input = call.Request.Input;
        if (call.CheckBatch(input) is { } refused)
        {
            return refused;
        }

        var action = call.Request.Param("action") ?? ObjectSync.CreateOrUpdate;
        if (action is not (ObjectSync.CreateOnly or ObjectSync.UpdateOnly or ObjectSync.CreateOrUpdate or CreateDuplicate))
        {
            return call.Fail(MarketoErrors.InvalidData, $"Invalid action '{action}'");
        }

        var lookupField = call.Request.Param("lookupField") ?? LeadFields.Email;
        if (!IsLookupField(call.Context.Options, lookupField))
        {
            // §3.4: "1011 Field not supported is returned for unsupported lookup/filter fields".
            return call.Fail(MarketoErrors.FieldNotSupported, $"Field '{lookupField}' not supported");
        }

        lock (call.Store.Gate)
        {
            var upsert = new LeadUpsert(call, action, lookupField);
            return call.Ok(new JsonArray([.. input!.Select(r => (JsonNode)upsert.Apply(r as JsonObject))]));
        }
    }

    /// <summary>
    /// Lookup fields: email, id and custom string fields (SWAGGER, §3.4); externalPersonId only when the
    /// emulator is switched to accept it, its support being UNCERTAIN (§3.4, decision 3).
    /// </summary>
    private static bool IsLookupField(MarketoEmulatorOptions options, string field) =>
        field is LeadFields.Email or LeadFields.Id
        || (options.CustomLeadFields.Contains(field) && !options.RemovedLeadFields.Contains(field))
        || (field == LeadFields.ExternalPersonId && options.AcceptExternalPersonIdLookup);
}

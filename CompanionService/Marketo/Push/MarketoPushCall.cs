using System.Text.Json.Nodes;
using MsiDynamics.CompanionService.Marketo.Transport;

namespace MsiDynamics.CompanionService.Marketo.Push;

/// <summary>
/// The shape of one push endpoint: its path, how a chunk of input records becomes the request body, and
/// what the call does. Resource clients declare these; <see cref="MarketoBatchSender"/> runs them.
/// </summary>
/// <param name="Path">E.g. <c>rest/v1/salespersons.json</c>.</param>
/// <param name="Body">Wraps the chunk's <c>input</c> array into the body, e.g. with <c>action</c> and <c>dedupeBy</c>.</param>
/// <param name="Kind">Upsert or Delete.</param>
/// <param name="Operation">A short name for logs, e.g. "salespersons.sync".</param>
public sealed record MarketoPushCall(
    string Path, Func<JsonArray, JsonObject> Body, MarketoOperationKind Kind, string Operation)
{
    /// <summary>
    /// The body of the object syncs (sales persons, companies, opportunities, roles):
    /// <c>{"action":…, "dedupeBy":"dedupeFields", "input":[…]}</c> (marketo.md §3.1).
    /// </summary>
    public static MarketoPushCall Sync(string path, string action, string operation) => new(
        path,
        input => new JsonObject
        {
            [MarketoSchema.Action] = action,
            [MarketoSchema.DedupeBy] = MarketoSchema.DedupeFields,
            [MarketoSchema.Input] = input,
        },
        MarketoOperationKind.Upsert,
        operation);

    /// <summary>The body of the object deletes: <c>{"deleteBy":"dedupeFields","input":[{keys}]}</c>.</summary>
    public static MarketoPushCall Delete(string path, string operation) => new(
        path,
        input => new JsonObject
        {
            [MarketoSchema.DeleteBy] = MarketoSchema.DedupeFields,
            [MarketoSchema.Input] = input,
        },
        MarketoOperationKind.Delete,
        operation);

    public override string ToString() => $"{Operation} (POST {Path})";
}

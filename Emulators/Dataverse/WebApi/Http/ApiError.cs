using System.Text.Json.Nodes;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Http;

/// <summary>
/// Dataverse's error body, <c>{"error":{"code":"0x…","message":"…"}}</c>, and the annotations it may carry when the
/// request asks for them (dataverse.md §6 Errors): named without their '@', such as
/// "Microsoft.PowerApps.CDS.ErrorDetails.OperationStatus", in the order they are written.
/// </summary>
internal sealed record ApiError(string Code, string Message)
{
    public const string OperationStatus = "Microsoft.PowerApps.CDS.ErrorDetails.OperationStatus";
    public const string SubErrorCode = "Microsoft.PowerApps.CDS.ErrorDetails.SubErrorCode";
    public const string HelpLink = "Microsoft.PowerApps.CDS.HelpLink";
    public const string TraceText = "Microsoft.PowerApps.CDS.TraceText";
    public const string InnerErrorMessage = "Microsoft.PowerApps.CDS.InnerError.Message";

    public IReadOnlyList<KeyValuePair<string, string>> Annotations { get; init; } = [];

    /// <summary>This error with one more annotation.</summary>
    public ApiError Annotated(string name, string value) => this with { Annotations = [.. Annotations, new(name, value)] };

    public JsonObject ToJson()
    {
        var error = new JsonObject { ["code"] = Code, ["message"] = Message };
        foreach (var (name, value) in Annotations)
        {
            error["@" + name] = value;
        }

        return new JsonObject { ["error"] = error };
    }
}

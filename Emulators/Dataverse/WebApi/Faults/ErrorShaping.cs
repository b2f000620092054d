using MsiDynamics.Emulators.Dataverse.WebApi.Http;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Faults;

/// <summary>
/// Gives an error answer the shape Dataverse gives it for one request (dataverse.md §6 Errors, §0.14): the
/// annotations of the error only as far as <c>Prefer: odata.include-annotations</c> asks for them (a plug-in
/// error's <c>@Microsoft.PowerApps.CDS.TraceText</c> holds the lines the request's plug-ins traced), and an empty <c>code</c> on a
/// 404 or 412 under <see cref="DataverseEmulatorOptions.EmptyErrorCodeOn404And412"/>. Begun before the request is
/// worked on (to know which trace lines are its own), applied to its answer.
/// </summary>
internal sealed class ErrorShaping
{
    private readonly DataverseContext _context;
    private readonly Preferences _preferences;
    private readonly int? _tracesBefore;

    private ErrorShaping(DataverseContext context, Preferences preferences, int? tracesBefore)
    {
        _context = context;
        _preferences = preferences;
        _tracesBefore = tracesBefore;
    }

    public static ErrorShaping Begin(DataverseContext context, Preferences preferences) =>
        new(context, preferences, preferences.Wants(ApiError.TraceText) ? context.Organization.Traces.Count : null);

    public ApiResponse Apply(ApiResponse response)
    {
        if (response.Fault is not { } fault)
        {
            return response;
        }

        var blankCode = _context.Options.EmptyErrorCodeOn404And412 && response.Status is 404 or 412;
        var shaped = new ApiError(blankCode ? string.Empty : fault.Code, fault.Message)
        {
            Annotations = [.. fault.Annotations
                .Where(a => _preferences.Wants(a.Key))
                .Select(a => a.Key == ApiError.TraceText ? new KeyValuePair<string, string>(a.Key, TraceText()) : a)],
        };
        return response.WithFault(shaped);
    }

    // The lines the request's plug-ins traced, one per line as the trace log shows them.
    private string TraceText() => _tracesBefore is { } before
        ? string.Concat(_context.Organization.Traces.Skip(before).Select(line => "\r\n" + line)) + "\r\n"
        : string.Empty;
}

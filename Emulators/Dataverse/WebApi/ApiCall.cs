using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.WebApi.Http;
using MsiDynamics.Emulators.Dataverse.WebApi.Json;
using MsiDynamics.Emulators.Dataverse.WebApi.Limits;
using MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

namespace MsiDynamics.Emulators.Dataverse.WebApi;

/// <summary>
/// One request being answered: the request, the emulator it reached, the organisation service acting as its
/// user, its Prefer header, and the helpers every handler needs (URLs, JSON reader and writer). A GET is one
/// read operation of its request's meter.
/// </summary>
internal sealed class ApiCall
{
    private IOrganizationService? _service;

    public ApiCall(DataverseContext context, ApiRequest request)
    {
        Context = context;
        Request = request;
        Preferences = Preferences.Of(request);
        if (request.Method == "GET")
        {
            request.Meter.CountRead();
        }
    }

    public DataverseContext Context { get; }

    public ApiRequest Request { get; }

    public Preferences Preferences { get; }

    public EntitySets Sets => Context.Sets;

    /// <summary>
    /// Requests sent here run through the pipeline as the caller's user, at depth 1; the request's meter learns
    /// which are look-ups inside an operation (dataverse.md §0.12b).
    /// </summary>
    public IOrganizationService Service =>
        _service ??= new MeteredService(Context.ServiceFor(Request.UserId), Request.Meter, isRead: Request.Method == "GET");

    public RowReader Reader => new(Sets, Request.ContentIds);

    public RowWriter Writer => new(Preferences);

    /// <summary>The service root absolute URLs in the answer start with: the one the caller addressed.</summary>
    public Uri WebApiUrl => Request.ServiceRoot ?? Context.WebApiUrl;

    /// <summary>The absolute URL of a row: "&lt;WebApiUrl&gt;leads(&lt;id&gt;)", as OData-EntityId carries it.</summary>
    public string EntityUrl(TableMetadata table, Guid id) => $"{WebApiUrl}{table.EntitySetName}({id:D})";

    /// <summary>"&lt;WebApiUrl&gt;$metadata#&lt;fragment&gt;" for <c>@odata.context</c>.</summary>
    public string ContextUrl(string fragment) => $"{WebApiUrl}$metadata#{fragment}";

    /// <summary>Adds Preference-Applied for the annotations the request asked for (page size is added by the reader).</summary>
    public ApiResponse WithAppliedAnnotations(ApiResponse response) =>
        Preferences.IncludeAnnotations is { } annotations
            ? response.With("Preference-Applied", $"odata.include-annotations=\"{annotations}\"")
            : response;
}

namespace MsiDynamics.Emulators.Dataverse.WebApi.Faults;

/// <summary>
/// A request the emulator refuses before or instead of running it (a malformed filter, an unknown property, a
/// failed precondition): thrown where it is found, answered by <see cref="FaultTable"/> with its status, code
/// and message in Dataverse's error body.
/// </summary>
internal sealed class ApiException(int status, string code, string message) : Exception(message)
{
    public int Status { get; } = status;

    public string Code { get; } = code;

    /// <summary>400 with code 0x0: how Dataverse answers OData-level validation errors (web-api-client-errors).</summary>
    public static ApiException BadRequest(string message) => new(400, ErrorCodes.ODataValidation, message);

    /// <summary>404 0x8006088a "Resource not found for the segment 'x'." (web-api-client-errors).</summary>
    public static ApiException ResourceNotFound(string segment) =>
        new(404, ErrorCodes.ResourceNotFound, $"Resource not found for the segment '{segment}'.");

    /// <summary>400 0x0 "Could not find a property named 'x' on type 'Microsoft.Dynamics.CRM.y'." (web-api-client-errors).</summary>
    public static ApiException UnknownProperty(string property, string typeName) =>
        BadRequest($"Could not find a property named '{property}' on type '{typeName}'.");

    /// <summary>Something Dataverse supports that the emulator does not: 501, so a test finds the gap at once.</summary>
    public static ApiException NotEmulated(string what) =>
        new(501, ErrorCodes.ODataValidation, $"{what} is not emulated by the Dataverse emulator (Emulators/Dataverse/WebApi).");
}

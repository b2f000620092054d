using System.Globalization;
using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.Pipeline;
using MsiDynamics.Emulators.Dataverse.WebApi.Http;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Faults;

/// <summary>
/// Every exception a request can end with, mapped to the status and code Dataverse answers with, in one table
/// (dataverse.md §6 status codes): platform faults by kind, a plug-in's InvalidPluginExecutionException as
/// 400 (or the status it asked for) with its own message, the emulator's own refusals as they were thrown.
/// </summary>
internal static class FaultTable
{
    private const string HelpLink = "http://go.microsoft.com/fwlink/?LinkID=398563&error=Microsoft.Crm.CrmException%3a80040265&client=platform";

    public static ApiResponse Answer(Exception exception) => exception switch
    {
        ApiException refusal => ApiResponse.Error(refusal.Status, refusal.Code, refusal.Message),
        PlatformFaultException fault => Platform(fault),
        InvalidPluginExecutionException plugin => Plugin(plugin),
        NotSupportedException notEmulated => ApiResponse.Error(501, ErrorCodes.ODataValidation, notEmulated.Message),
        _ => ApiResponse.Error(500, ErrorCodes.Unexpected, $"An unexpected error occurred: {exception.GetType().Name}: {exception.Message}"),
    };

    private static ApiResponse Platform(PlatformFaultException fault) => fault.Fault switch
    {
        PlatformFault.ObjectDoesNotExist => ApiResponse.Error(404, ErrorCodes.ObjectDoesNotExist, fault.Message),
        PlatformFault.DuplicateRecord => ApiResponse.Error(412, ErrorCodes.DuplicateRecord, fault.Message),
        PlatformFault.InfiniteLoop => ApiResponse.Error(400, ErrorCodes.InfiniteLoop, fault.Message),
        PlatformFault.ValidationError => ApiResponse.Error(400, ErrorCodes.ValidationError, fault.Message),
        PlatformFault.NoActiveTransaction => ApiResponse.Error(400, ErrorCodes.NoActiveTransaction, fault.Message),
        PlatformFault.TransactionCountReduced => ApiResponse.Error(400, ErrorCodes.TransactionCountReduced, fault.Message),
        _ => ApiResponse.Error(400, ErrorCodes.InvalidArgument, fault.Message),
    };

    // A plug-in's message reaches the caller as is, with code 0x80040265 (ISV aborted); its OperationStatus and its
    // own error code come back as annotations when asked for (dataverse.md §6 Errors, "Include more details with
    // errors"); its PluginHttpStatusCode, when set, replaces 400. TraceText is filled in by ErrorShaping.
    private static ApiResponse Plugin(InvalidPluginExecutionException plugin)
    {
        var status = plugin.HttpStatus == PluginHttpStatusCode.NotSet ? 400 : (int)plugin.HttpStatus;
        var subCode = plugin.ErrorCode != 0 ? plugin.ErrorCode : plugin.HResult;
        var error = new ApiError(ErrorCodes.PluginAborted, plugin.Message)
            .Annotated(ApiError.OperationStatus, ((int)plugin.Status).ToString(CultureInfo.InvariantCulture))
            .Annotated(ApiError.SubErrorCode, subCode.ToString(CultureInfo.InvariantCulture))
            .Annotated(ApiError.HelpLink, HelpLink)
            .Annotated(ApiError.TraceText, string.Empty)
            .Annotated(ApiError.InnerErrorMessage, plugin.Message);
        return ApiResponse.Error(status, error);
    }
}

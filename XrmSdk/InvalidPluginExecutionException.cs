using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// The exception a plug-in throws to fail the operation with a message the caller sees. Defaults, measured on the
/// real DLL (dataverse.md §1.4): <see cref="Status"/> Failed, <see cref="HttpStatus"/> NotSet.
/// </summary>
[Serializable]
public sealed class InvalidPluginExecutionException : Exception
{
    private static readonly IReadOnlyDictionary<string, string> NoDetails = new Dictionary<string, string>();

    public InvalidPluginExecutionException()
    {
    }

    public InvalidPluginExecutionException(OperationStatus status)
    {
        Status = status;
    }

    public InvalidPluginExecutionException(string message)
        : base(message)
    {
    }

    public InvalidPluginExecutionException(OperationStatus status, string message)
        : base(message)
    {
        Status = status;
    }

    public InvalidPluginExecutionException(string message, Exception exception)
        : base(message, exception)
    {
    }

    public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message)
        : base(message)
    {
        Status = status;
        ErrorCode = errorCode;
    }

    public InvalidPluginExecutionException(string message, PluginHttpStatusCode httpStatus)
        : base(message)
    {
        HttpStatus = httpStatus;
    }

    public InvalidPluginExecutionException(string message, PluginHttpStatusCode httpStatus, Dictionary<string, string> exceptionDetails)
        : base(message)
    {
        HttpStatus = httpStatus;
        ExceptionDetails = Copy(exceptionDetails);
    }

    public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message, PluginHttpStatusCode httpStatus)
        : base(message)
    {
        Status = status;
        ErrorCode = errorCode;
        HttpStatus = httpStatus;
    }

    public InvalidPluginExecutionException(string message, Dictionary<string, string> exceptionDetails)
        : base(message)
    {
        ExceptionDetails = Copy(exceptionDetails);
    }

    public InvalidPluginExecutionException(OperationStatus status, string message, Dictionary<string, string> exceptionDetails)
        : base(message)
    {
        Status = status;
        ExceptionDetails = Copy(exceptionDetails);
    }

#if NETFRAMEWORK
    // Binary serialization exists only on .NET Framework here: on net10.0 Exception's serialization constructor and
    // GetObjectData are obsolete (SYSLIB0051), and overriding them would fail the build (warnings are errors).
    private InvalidPluginExecutionException(SerializationInfo info, StreamingContext context)
        : base(info, context)
    {
        Status = (OperationStatus)info.GetInt32(nameof(Status));
        ErrorCode = info.GetInt32(nameof(ErrorCode));
        HttpStatus = (PluginHttpStatusCode)info.GetInt32(nameof(HttpStatus));
    }
#endif

    public OperationStatus Status { get; }

    public int ErrorCode { get; }

    public PluginHttpStatusCode HttpStatus { get; }

    public IReadOnlyDictionary<string, string> ExceptionDetails { get; } = NoDetails;

#if NETFRAMEWORK
    public override void GetObjectData(SerializationInfo info, StreamingContext context)
    {
        base.GetObjectData(info, context);
        info.AddValue(nameof(Status), (int)Status);
        info.AddValue(nameof(ErrorCode), ErrorCode);
        info.AddValue(nameof(HttpStatus), (int)HttpStatus);
    }
#endif

    public override string ToString() => base.ToString();

    private static IReadOnlyDictionary<string, string> Copy(Dictionary<string, string>? details) =>
        details is null ? NoDetails : new Dictionary<string, string>(details);
}

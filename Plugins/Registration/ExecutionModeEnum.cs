/// <summary>spkl's execution mode. Note the order is the opposite of the SDK's <c>Mode</c> (0 = synchronous there).</summary>
public enum ExecutionModeEnum
{
    Asynchronous = 0,
    Synchronous = 1,
}

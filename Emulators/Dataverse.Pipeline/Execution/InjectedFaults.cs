namespace MsiDynamics.Emulators.Dataverse.Pipeline.Execution;

/// <summary>
/// Exceptions to throw from the main operation of matching requests, for tests of rollback and of callers'
/// error handling. A fault stays until the organisation is discarded.
/// </summary>
internal sealed class InjectedFaults
{
    private readonly List<(string Message, string EntityName, Exception Exception)> _faults = [];

    /// <param name="entityName">The primary table; empty or "*" matches every table.</param>
    public void Add(string messageName, string entityName, Exception exception) =>
        _faults.Add((messageName, entityName, exception));

    public void ThrowIfInjected(string messageName, string entityName)
    {
        foreach (var (message, entity, exception) in _faults)
        {
            if (string.Equals(message, messageName, StringComparison.OrdinalIgnoreCase)
                && (entity.Length == 0 || entity == "*" || string.Equals(entity, entityName, StringComparison.Ordinal)))
            {
                throw exception;
            }
        }
    }
}

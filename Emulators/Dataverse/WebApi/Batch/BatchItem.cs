using MsiDynamics.Emulators.Dataverse.WebApi.Faults;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Batch;

/// <summary>
/// A top-level part of a <c>$batch</c>: one independent request, or a change set whose requests run atomically.
/// A change set may not contain a GET (execute-batch-operations-using-web-api: "GET requests are not allowed
/// within change sets").
/// </summary>
internal sealed class BatchItem
{
    private BatchItem(IReadOnlyList<BatchOperation> operations, bool isChangeSet)
    {
        Operations = operations;
        IsChangeSet = isChangeSet;
    }

    public IReadOnlyList<BatchOperation> Operations { get; }

    public bool IsChangeSet { get; }

    public static List<BatchItem> ReadAll(string body, string boundary) =>
        [.. Multipart.Parse(body, boundary).Select(Read)];

    private static BatchItem Read(MimePart part)
    {
        if (Multipart.Boundary(part.Header("Content-Type")) is not { } changeSet)
        {
            return new BatchItem([BatchOperation.Parse(part)], isChangeSet: false);
        }

        var operations = Multipart.Parse(part.Content, changeSet).Select(BatchOperation.Parse).ToList();
        if (operations.FirstOrDefault(o => o.Method == "GET") is { } get)
        {
            throw ApiException.BadRequest($"A change set cannot contain a GET request ('GET {get.Url}'); send it outside the change set.");
        }

        return new BatchItem(operations, isChangeSet: true);
    }
}

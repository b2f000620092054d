using System.Net;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Support;

/// <summary>
/// Table definitions as the Web API answers <c>EntityDefinitions(LogicalName='x')/Attributes/Microsoft.Dynamics.CRM.StringAttributeMetadata?$select=LogicalName,MaxLength</c>
/// (and <c>MemoAttributeMetadata</c>): <c>{"@odata.context":…,"value":[{"LogicalName":…,"MaxLength":…,"MetadataId":…}]}</c>
/// (DOCS "Query table definitions using the Web API"). The MSI columns have the lengths of architecture.md §4.
/// </summary>
internal static class StubMetadata
{
    public static readonly IReadOnlyDictionary<string, int> MsiText = new Dictionary<string, int>
    {
        ["msi_lastinterestingmomenttype"] = 255, ["msi_lastinterestingmomentsource"] = 255, ["msi_marketoleadid"] = 50,
        ["firstname"] = 50, ["lastname"] = 50, ["emailaddress1"] = 100,
    };

    public static readonly IReadOnlyDictionary<string, int> MsiMemo = new Dictionary<string, int> { ["msi_lastinterestingmomentdesc"] = 2000 };

    /// <summary>Whether <paramref name="path"/> reads table definitions.</summary>
    public static bool IsMetadata(string path) => path.StartsWith("EntityDefinitions(", StringComparison.Ordinal);

    /// <summary>The answer to a definitions read of <paramref name="request"/>, from <paramref name="text"/> and <paramref name="memo"/> lengths.</summary>
    public static StubDataverseResponse Answer(
        RecordedDataverseRequest request, IReadOnlyDictionary<string, int>? text = null, IReadOnlyDictionary<string, int>? memo = null) =>
        Answer(request.RelativePath, text ?? MsiText, memo ?? MsiMemo);

    public static StubDataverseResponse Answer(string path, IReadOnlyDictionary<string, int> text, IReadOnlyDictionary<string, int> memo)
    {
        var type = path.EndsWith("MemoAttributeMetadata", StringComparison.Ordinal) ? "MemoAttributeMetadata" : "StringAttributeMetadata";
        var table = path.Split('\'')[1];
        var columns = (type == "MemoAttributeMetadata" ? memo : text).Select(c =>
            $$"""{"LogicalName":"{{c.Key}}","MaxLength":{{c.Value}},"MetadataId":"{{Guid.NewGuid():D}}"}""");
        return new StubDataverseResponse(HttpStatusCode.OK,
            $$"""{"@odata.context":"{{DataverseClientHarness.WebApi}}$metadata#EntityDefinitions('{{table}}')/Attributes/Microsoft.Dynamics.CRM.{{type}}(LogicalName,MaxLength)","value":[{{string.Join(",", columns)}}]}""");
    }
}

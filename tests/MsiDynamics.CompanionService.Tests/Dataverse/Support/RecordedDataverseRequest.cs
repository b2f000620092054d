using System.Collections.Specialized;
using System.Web;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Support;

/// <summary>One request the stub saw: method, URI, headers (request and content) and body.</summary>
internal sealed record RecordedDataverseRequest(string Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>The path relative to the Web API root, e.g. <c>leads(…)</c> or <c>$batch</c>.</summary>
    public string RelativePath => Uri.AbsolutePath[(Uri.AbsolutePath.IndexOf("/v9.2/", StringComparison.Ordinal) + 6)..];

    /// <summary>The query string read the way a server reads it (<c>+</c> is a space, <c>%XX</c> decoded).</summary>
    public NameValueCollection Query => HttpUtility.ParseQueryString(Uri.Query);

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public bool IsBatch => RelativePath == "$batch";
}

using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using MsiDynamics.CompanionService.Marketo.Errors;
using MsiDynamics.CompanionService.Marketo.Transport;

namespace MsiDynamics.CompanionService.Marketo.Leads;

/// <summary>
/// The lead fields this Marketo instance turned out to lack. The client asks for <c>relativeScore</c> and
/// <c>relativeScoring</c> both (marketo.md D8); whether a query naming a field the instance lacks answers null
/// for it or fails with <c>1006 Field '…' not found</c> is UNCERTAIN. On a 1006 the field is remembered here and
/// the query is sent again without it, so the other fields still come back; later queries leave it out from the
/// start. One set per process (a singleton), shared by every query.
/// </summary>
public sealed partial class AbsentLeadFields
{
    private readonly ConcurrentDictionary<string, bool> _absent = new(StringComparer.Ordinal);

    /// <summary>The fields found absent so far.</summary>
    public IReadOnlyCollection<string> Fields => [.. _absent.Keys];

    /// <summary>Whether <paramref name="field"/> is known to be absent.</summary>
    public bool Contains(string field) => _absent.ContainsKey(field);

    /// <summary>
    /// When <paramref name="response"/> refused the query with 1006 naming one of <paramref name="asked"/>,
    /// remembers that field and returns true: the caller sends the query again without it.
    /// </summary>
    internal bool LearnFrom(MarketoResponse response, IEnumerable<string> asked)
    {
        if (response.Rejection is not { Code: MarketoErrorCodes.FieldNotFound, Message: { } message }
            || NotFound().Match(message) is not { Success: true } match)
        {
            return false;
        }

        var field = match.Groups["field"].Value;
        return asked.Contains(field, StringComparer.Ordinal) && _absent.TryAdd(field, true);
    }

    // §5.3: "1006 Field '%s' not found".
    [GeneratedRegex("Field '(?<field>[^']+)' not found", RegexOptions.CultureInvariant)]
    private static partial Regex NotFound();
}

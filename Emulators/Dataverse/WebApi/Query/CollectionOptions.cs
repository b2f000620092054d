using System.Globalization;
using Microsoft.Xrm.Sdk.Query;
using MsiDynamics.Emulators.Dataverse.WebApi.Faults;
using MsiDynamics.Emulators.Dataverse.WebApi.Http;
using MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Query;

/// <summary>
/// The system query options (<c>$apply</c> is answered before them, by <see cref="AggregateReader"/>) of a collection request (dataverse.md §6): <c>$select</c>, <c>$filter</c>,
/// <c>$orderby</c>, <c>$top</c>, <c>$count</c>, <c>$skiptoken</c>; parameter aliases (<c>@p1</c>) feed the filter.
/// <c>$skip</c> is refused as Dataverse refuses it; every other option, whether Dataverse has it (<c>$expand</c>,
/// <c>$compute</c>, <c>fetchXml</c>, <c>savedQuery</c>, <c>userQuery</c> …) or not, is refused with a
/// 400 that names it.
/// </summary>
internal sealed class CollectionOptions
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "$select", "$filter", "$orderby", "$top", "$count", "$skiptoken",
    };

    // Options Dataverse answers that the emulator does not (dataverse.md §6 Query).
    private static readonly HashSet<string> NotEmulated = new(StringComparer.Ordinal)
    {
        "$expand", "$apply", "$search", "$compute", "fetchXml", "savedQuery", "userQuery", "sql",
    };

    public required Selection Selection { get; init; }

    public FilterExpression? Filter { get; init; }

    public required Ordering Ordering { get; init; }

    public int? Top { get; init; }

    public bool Count { get; init; }

    public string? SkipToken { get; init; }

    public static CollectionOptions Parse(ApiRequest request, TableMetadata table)
    {
        foreach (var (name, _) in request.Query)
        {
            Check(name);
        }

        var filter = request.Option("$filter");
        return new CollectionOptions
        {
            Selection = Selection.Parse(table, request.Option("$select")),
            Filter = string.IsNullOrWhiteSpace(filter) ? null : FilterParser.Parse(filter, table, request.Option),
            Ordering = Ordering.Parse(table, request.Option("$orderby")),
            Top = ParseTop(request.Option("$top")),
            Count = request.Option("$count") is "true",
            SkipToken = request.Option("$skiptoken"),
        };
    }

    private static void Check(string name)
    {
        if (!Known.Contains(name) && !name.StartsWith('@'))
        {
            throw Refusal(name);
        }
    }

    /// <summary>
    /// Never answered as if the option were absent: an option the emulator lacks is a 400 that names it (also for the
    /// single-row read, which answers fewer options).
    /// </summary>
    internal static ApiException Refusal(string name)
    {
        if (name == "$skip")
        {
            // page-results: "Dataverse doesn't support the $skip query option".
            return ApiException.BadRequest("The query parameter $skip is not supported; page with Prefer: odata.maxpagesize and @odata.nextLink.");
        }

        return ApiException.BadRequest(NotEmulated.Contains(name)
            ? $"The query option '{name}' is not emulated by the Dataverse emulator (Emulators/Dataverse/WebApi); the request is refused rather than answered without it."
            : $"The query parameter '{name}' is not supported.");
    }

    private static int? ParseTop(string? top) =>
        top is null ? null
        : int.TryParse(top, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value
        : throw ApiException.BadRequest($"Invalid value '{top}' for $top query option found; it must be a positive whole number.");
}

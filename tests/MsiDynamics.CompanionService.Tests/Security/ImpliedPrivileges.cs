using System.Text.RegularExpressions;
using MsiDynamics.Schema;
using P = MsiDynamics.Schema.IntegrationRolePrivileges.Privilege;

namespace MsiDynamics.CompanionService.Tests.Security;

/// <summary>
/// The security role privileges one Web API request needs (DOCS "Security concepts in Dataverse", dataverse.md §6): a
/// GET of a table reads it, a POST creates, a PATCH with If-Match writes, one without is an upsert (create or write), a
/// DELETE deletes, the bulk messages as their single forms (a <c>$apply</c> aggregate is a GET: Read); a bound lookup,
/// in a single create or a <c>CreateMultiple</c> target alike, needs Append on the row's table and AppendTo on the
/// lookup's table ("Append: associate a record to another record; Append To: associate a record to this record",
/// Microsoft Learn, "Privileges by entity"); reading a collection-valued navigation property reads the related table too;
/// table definitions need Read on Entity (and Attribute for columns); a BulkDelete the Bulk Delete privilege and Read and
/// Delete on the table its query names. A table name is "?set" when the set is not one the role knows: a new table.
/// </summary>
internal static partial class ImpliedPrivileges
{
    private static readonly Dictionary<string, string> Tables = new(StringComparer.Ordinal)
    {
        [DataverseSchema.SyncQueueItem.EntitySetName] = DataverseSchema.SyncQueueItem.EntityName,
        [DataverseSchema.SyncSetting.EntitySetName] = DataverseSchema.SyncSetting.EntityName,
        [DataverseSchema.SyncState.EntitySetName] = DataverseSchema.SyncState.EntityName,
        [DataverseSchema.SystemUser.EntitySetName] = DataverseSchema.SystemUser.EntityName,
        [DataverseSchema.Account.EntitySetName] = DataverseSchema.Account.EntityName,
        [DataverseSchema.Lead.EntitySetName] = DataverseSchema.Lead.EntityName,
        [DataverseSchema.Contact.EntitySetName] = DataverseSchema.Contact.EntityName,
        [DataverseSchema.Opportunity.EntitySetName] = DataverseSchema.Opportunity.EntityName,
        [DataverseSchema.Connection.EntitySetName] = DataverseSchema.Connection.EntityName,
        [DataverseSchema.ConnectionRole.EntitySetName] = DataverseSchema.ConnectionRole.EntityName,
        ["bulkdeleteoperations"] = "bulkdeleteoperation",
        ["teams"] = "team",

        // doctor's reads of the plug-in registration, the solution and the user's roles.
        ["sdkmessageprocessingsteps"] = "sdkmessageprocessingstep",

        // sdkmessagefilter has no privileges of its own: Read on it is prvReadSdkMessage, whose entity type codes
        // 4606;4607;… cover sdkmessage (4606) and sdkmessagefilter (4607) with the other message tables (Microsoft Learn,
        // "SdkMessageFilter entity privileges": "There are no specific privileges for the SdkMessageFilter entity";
        // "SdkMessage entity privileges"). So a read of the filters implies Read on sdkmessage.
        ["sdkmessagefilters"] = "sdkmessage",
        ["solutions"] = "solution",
        ["roles"] = "role",
    };

    /// <summary>
    /// Collection-valued navigation properties the worker reads → the table whose rows they return: the related rows are
    /// read as that table's, so the read needs Read on it besides the row it starts from.
    /// </summary>
    private static readonly Dictionary<string, string> Navigations = new(StringComparer.Ordinal)
    {
        // systemuser → role through the intersect table systemuserroles (N:N), which has no privileges of its own.
        ["systemuserroles_association"] = "role",
    };

    public static IEnumerable<(string Table, string Privilege)> Of(string method, string path, string headers, string body)
    {
        var resource = path.Split('?')[0];
        var name = Regex.Match(resource, @"^[^(/]+").Value;
        switch (name)
        {
            case "WhoAmI":
                yield break;
            case "EntityDefinitions":
                yield return ("entity", P.Read);
                if (resource.Contains("/Attributes", StringComparison.Ordinal))
                {
                    yield return ("attribute", P.Read);
                }

                yield break;
            case "BulkDelete":
                yield return (PrivilegeLog.NoTable, IntegrationRolePrivileges.BulkDelete);
                foreach (Match query in QueryTable().Matches(body))
                {
                    yield return (query.Groups[1].Value, P.Read);
                    yield return (query.Groups[1].Value, P.Delete);
                }

                yield break;
        }

        var table = TableOf(name);
        foreach (var privilege in ForMethod(method, resource, headers))
        {
            yield return (table, privilege);
        }

        var navigation = resource.Contains('/', StringComparison.Ordinal) ? resource[(resource.LastIndexOf('/') + 1)..] : null;
        if (method == "GET" && navigation is not null && Navigations.TryGetValue(navigation, out var related))
        {
            yield return (related, P.Read);
        }

        foreach (Match bound in BoundLookup().Matches(body))
        {
            yield return (table, P.Append);
            yield return (TableOf(bound.Groups[1].Value), P.AppendTo);
        }
    }

    /// <summary>The requests inside a <c>$batch</c> body: method, path under the Web API, headers and body of each.</summary>
    public static IEnumerable<(string Method, string Path, string Headers, string Body)> BatchParts(string batch)
    {
        var lines = RequestLine().Matches(batch);
        for (var i = 0; i < lines.Count; i++)
        {
            var end = i + 1 < lines.Count ? lines[i + 1].Index : batch.Length;
            var rest = batch[(lines[i].Index + lines[i].Length)..end];
            var blank = rest.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            var uri = new Uri(lines[i].Groups[2].Value);
            var path = uri.AbsolutePath[(uri.AbsolutePath.IndexOf("/api/data/v9.2/", StringComparison.Ordinal) + 15)..];
            yield return (lines[i].Groups[1].Value, path, blank < 0 ? rest : rest[..blank], blank < 0 ? "" : rest[blank..]);
        }
    }

    private static string[] ForMethod(string method, string resource, string headers)
    {
        var action = resource.Contains("/Microsoft.Dynamics.CRM.", StringComparison.Ordinal) ? resource[(resource.LastIndexOf('.') + 1)..] : null;
        return (method, action) switch
        {
            ("GET", _) => [P.Read],
            ("DELETE", _) => [P.Delete],
            ("POST", "CreateMultiple") or ("POST", null) => [P.Create],
            ("POST", "UpdateMultiple") => [P.Write],
            ("POST", "UpsertMultiple") => [P.Create, P.Write],
            ("PATCH", _) when headers.Contains("If-Match:", StringComparison.OrdinalIgnoreCase) => [P.Write],
            ("PATCH", _) when headers.Contains("If-None-Match:", StringComparison.OrdinalIgnoreCase) => [P.Create],
            ("PATCH", _) => [P.Create, P.Write],
            _ => ["?" + method + " " + action],
        };
    }

    private static string TableOf(string entitySet) => Tables.TryGetValue(entitySet, out var table) ? table : "?" + entitySet;

    [GeneratedRegex(@"(?m)^(GET|POST|PATCH|PUT|DELETE) (\S+) HTTP/1\.1\r?$")]
    private static partial Regex RequestLine();

    [GeneratedRegex("\"[^\"]+@odata\\.bind\"\\s*:\\s*\"/?([A-Za-z_]+)\\(")]
    private static partial Regex BoundLookup();

    [GeneratedRegex("\"EntityName\"\\s*:\\s*\"([A-Za-z_]+)\"")]
    private static partial Regex QueryTable();
}

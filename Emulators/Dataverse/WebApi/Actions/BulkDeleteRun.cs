using System.Text.Json.Nodes;
using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.Pipeline;
using MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Actions;

/// <summary>
/// One run of a bulk delete job (dataverse.md §0.13): every row its query set matches at <paramref name="utcNow"/> is
/// deleted through the Delete pipeline as <paramref name="service"/>'s user, one request each; a row that fails is
/// counted, not fatal.
/// </summary>
internal static class BulkDeleteRun
{
    public static (int Succeeded, int Failed) Run(IOrganizationService service, EntitySets sets, JsonArray querySet, DateTime utcNow)
    {
        var reader = new QuerySetReader(sets, utcNow);
        var queries = querySet.Select(reader.Read).ToList();
        var (succeeded, failed) = (0, 0);
        foreach (var (table, query) in queries)
        {
            foreach (var row in service.RetrieveMultiple(query).Entities)
            {
                if (TryDelete(service, table.LogicalName, row.Id))
                {
                    succeeded++;
                }
                else
                {
                    failed++;
                }
            }
        }

        return (succeeded, failed);
    }

    private static bool TryDelete(IOrganizationService service, string table, Guid id)
    {
        try
        {
            service.Delete(table, id);
            return true;
        }
        catch (Exception exception) when (exception is PlatformFaultException or InvalidPluginExecutionException)
        {
            return false;
        }
    }
}

using System.Text.Json.Nodes;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Actions;

/// <summary>A bulk delete job as BulkDelete submitted it (dataverse.md §0.13).</summary>
/// <param name="Name">The <c>JobName</c>, the name of its system job and of its <c>bulkdeleteoperation</c>.</param>
/// <param name="QuerySet">The QueryExpressions of the rows to delete, as the Web API wrote them.</param>
/// <param name="UserId">The systemuser who submitted it: its runs delete as that user.</param>
/// <param name="Start">Its first run (<c>StartDateTime</c>).</param>
/// <param name="Recurrence">How it repeats; null for a job that runs once.</param>
internal sealed record BulkDeleteJob(string Name, JsonArray QuerySet, Guid UserId, DateTime Start, Recurrence? Recurrence);

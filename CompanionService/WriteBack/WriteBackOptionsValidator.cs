using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Configuration;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.WriteBack;

/// <summary>
/// Checks <see cref="WriteBackOptions"/>: positive interval, a time of day within the day, page sizes within Dataverse's
/// page limit, and target columns that are logical names, distinct, and neither the person's identity nor a column the
/// plug-ins capture (writing one would send every write-back to Marketo again, dataverse.md §0.5).
/// </summary>
internal sealed partial class WriteBackOptionsValidator : IValidateOptions<WriteBackOptions>
{
    public ValidateOptionsResult Validate(string? name, WriteBackOptions options)
    {
        var failures = new List<string>();
        OptionsChecks.Positive(failures, "WriteBack:Interval", options.Interval);
        if (options.ReconcileTimeOfDay < TimeSpan.Zero || options.ReconcileTimeOfDay >= TimeSpan.FromDays(1))
        {
            failures.Add("WriteBack:ReconcileTimeOfDay must be a time of day in UTC, such as 02:00:00.");
        }

        OptionsChecks.Range(failures, "WriteBack:ReconcilePageSize", options.ReconcilePageSize, 1, 5_000);
        OptionsChecks.Range(failures, "WriteBack:ReconcilePagesPerCycle", options.ReconcilePagesPerCycle, 1, 1_000);
        CheckColumns(failures, options.Columns ?? new WriteBackColumns());
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckColumns(List<string> failures, WriteBackColumns columns)
    {
        var captured = SyncedColumns.For(DataverseSchema.Lead.EntityName).Concat(SyncedColumns.For(DataverseSchema.Contact.EntityName))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (field, column) in columns.Targets)
        {
            var setting = $"WriteBack:Columns:{field}";
            if (!LogicalName().IsMatch(column))
            {
                failures.Add($"{setting} must be a column's logical name (lowercase letters, digits and _, such as msi_priority), or empty to leave it unwritten.");
            }
            else if (captured.Contains(column) || column is DataverseSchema.MsiColumns.MarketoLeadId or DataverseSchema.Lead.Id or DataverseSchema.Contact.Id)
            {
                failures.Add($"{setting} names {column}, a column the sync reads or keys on: writing MSI values there would be sent to Marketo again. Choose an MSI column.");
            }
        }

        if (columns.Targets.Count == 0)
        {
            failures.Add("WriteBack:Columns leaves every MSI value unwritten: name at least one column, or set WriteBack:Enabled to false.");
        }

        foreach (var twice in columns.Targets.GroupBy(t => t.Column, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            failures.Add($"WriteBack:Columns names {twice.Key} for {string.Join(" and ", twice.Select(t => t.Field))}: give each MSI value its own column.");
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9_]{0,99}$")]
    private static partial Regex LogicalName();
}

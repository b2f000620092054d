using Microsoft.Extensions.Options;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Sync.Drain;

/// <summary>Refuses drain settings that cannot work, naming the setting.</summary>
internal sealed class DrainOptionsValidator : IValidateOptions<DrainOptions>
{
    private static readonly string[] Deletable =
    [
        DataverseSchema.Account.EntityName, DataverseSchema.Opportunity.EntityName, DataverseSchema.Connection.EntityName,
        DataverseSchema.Lead.EntityName, DataverseSchema.Contact.EntityName,
    ];

    public ValidateOptionsResult Validate(string? name, DrainOptions options)
    {
        var errors = new List<string>();
        if (options.BackfillQuotaReserve is < 0 or >= 1 || double.IsNaN(options.BackfillQuotaReserve))
        {
            errors.Add($"{DrainOptions.SectionName}:BackfillQuotaReserve must be a share from 0 to below 1 (e.g. 0.2); it is {options.BackfillQuotaReserve}.");
        }

        if (options.RowsPerCycle is < 1 or > 5000)
        {
            errors.Add($"{DrainOptions.SectionName}:RowsPerCycle must be from 1 to 5000 (one page of Dataverse rows); it is {options.RowsPerCycle}.");
        }

        foreach (var table in options.Deletes.Keys.Where(t => !Deletable.Contains(t, StringComparer.OrdinalIgnoreCase)))
        {
            errors.Add($"{DrainOptions.SectionName}:Deletes:{table} names no table whose deletes are synced; use one of {string.Join(", ", Deletable)}.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

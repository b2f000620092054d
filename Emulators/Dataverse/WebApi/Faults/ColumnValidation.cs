using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.Pipeline;
using MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Faults;

/// <summary>
/// The platform's column validation of every write, from the emulator's table definitions (dataverse.md §0.14): text
/// over its column's maximum length is refused with the validation message of Microsoft's batch article. The Web API
/// refuses a body's value before anything runs; the organisation also checks every Target the pipeline stores, so a
/// plug-in's over-long write fails the operation the same way (400, 0x80044331).
/// </summary>
internal static class ColumnValidation
{
    /// <summary>"A validation error occurred. The length of the 'subject' attribute of the 'task' entity exceeded …".</summary>
    public static string TooLong(string table, string column, int max) =>
        $"A validation error occurred. The length of the '{column}' attribute of the '{table}' entity exceeded the " +
        $"maximum allowed length of '{max}'.";

    /// <summary>A write validator for <see cref="InMemoryOrganization"/>; tables and columns without definitions pass.</summary>
    public static Action<Entity> For(EntitySets sets) => row =>
    {
        if (sets.ByLogicalName(row.LogicalName) is not { } table)
        {
            return;
        }

        foreach (var (name, value) in row.Attributes)
        {
            if (value is string text && table.Column(name)?.MaxLength is { } max && text.Length > max)
            {
                throw new PlatformFaultException(PlatformFault.ValidationError, TooLong(table.LogicalName, name, max));
            }
        }
    };
}

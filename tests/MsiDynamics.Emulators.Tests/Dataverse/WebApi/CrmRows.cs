using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse;

namespace MsiDynamics.Emulators.Tests.Dataverse.WebApi;

/// <summary>Arranges rows straight in the emulator's organisation (no plug-ins run) and reads them back.</summary>
internal static class CrmRows
{
    public static Guid Seed(this DataverseEmulator emulator, string table, params (string Column, object? Value)[] columns)
    {
        var row = new Entity(table);
        foreach (var (column, value) in columns)
        {
            row[column] = value;
        }

        return emulator.Organization.Seed(row);
    }

    public static Guid SeedLead(this DataverseEmulator emulator, string firstName, string lastName, string? email = null) =>
        emulator.Seed("lead", ("firstname", firstName), ("lastname", lastName), ("emailaddress1", email));

    public static Entity Row(this DataverseEmulator emulator, string table, Guid id) =>
        emulator.Organization.Find(table, id) ?? throw new AssertionException($"{table} {id} does not exist.");

    public static IReadOnlyList<Entity> QueueRows(this DataverseEmulator emulator) => emulator.Organization.Rows("msi_syncqueueitem");

    public static long Version(this DataverseEmulator emulator, string table, Guid id) =>
        emulator.Row(table, id).GetAttributeValue<long>("versionnumber");

    /// <summary>A query option value encoded as a client must encode it.</summary>
    public static string Encoded(string value) => Uri.EscapeDataString(value);
}

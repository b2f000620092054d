using MsiDynamics.CompanionService.Marketo.Describe;
using MsiDynamics.CompanionService.Tests.Marketo.Support;
using MsiDynamics.Emulators.Marketo;

namespace MsiDynamics.CompanionService.Tests.Marketo.Loopback;

/// <summary>Records put into the emulator as if Marketo held them before the test, by object and label.</summary>
internal static class EmulatorSeeds
{
    /// <summary>
    /// A record of <paramref name="type"/> whose external id is the id named <paramref name="label"/>: a sales person, a
    /// company, an opportunity, or for <see cref="MarketoObjectType.Leads"/> a lead with that <c>externalPersonId</c>.
    /// </summary>
    public static MarketoRecord Seed(MarketoEmulator emulator, MarketoObjectType type, string label)
    {
        var id = TestRecordIds.Text(label);
        return type switch
        {
            MarketoObjectType.SalesPersons => emulator.SeedSalesPerson(id, $"{label}@example.com"),
            MarketoObjectType.Companies => emulator.SeedCompany(id, name: label),
            MarketoObjectType.Opportunities => emulator.SeedOpportunity(id, label),
            MarketoObjectType.Leads => emulator.SeedLead($"{label}@example.com", new Dictionary<string, string?> { ["externalPersonId"] = id }),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Roles are not seeded by external id."),
        };
    }
}

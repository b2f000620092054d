using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.Pipeline;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

/// <summary>
/// The organisation's base currency, US Dollar ("$", USD, 2 decimals), as a <c>transactioncurrency</c> row: every row
/// with money columns refers to it through <c>transactioncurrencyid</c>, with an <c>exchangerate</c> of 1 (dataverse.md
/// §0.14). The emulator keeps this one currency; its id is the same in every emulator.
/// </summary>
internal static class BaseCurrency
{
    public const string Table = "transactioncurrency";
    public const string EntitySet = "transactioncurrencies";
    public const string Column = "transactioncurrencyid";
    public const string ExchangeRate = "exchangerate";
    public const string Symbol = "$";
    public const string IsoCode = "USD";
    public const string Name = "US Dollar";

    public static readonly Guid Id = new("6b4b7f6e-3c1a-4b7e-9a51-2f0c5d8e0001");

    public static EntityReference Reference => new(Table, Id) { Name = Name };

    /// <summary>Adds the currency row to <paramref name="organization"/> unless it is there.</summary>
    public static void Ensure(InMemoryOrganization organization)
    {
        if (organization.Find(Table, Id) is not null)
        {
            return;
        }

        var row = new Entity(Table, Id)
        {
            ["currencyname"] = Name,
            ["currencysymbol"] = Symbol,
            ["isocurrencycode"] = IsoCode,
            ["currencyprecision"] = 2,
            [ExchangeRate] = 1m,
        };
        try
        {
            organization.Seed(row);
        }
        catch (PlatformFaultException exception) when (exception.Fault == PlatformFault.DuplicateRecord)
        {
            // Another request seeded it first.
        }
    }
}

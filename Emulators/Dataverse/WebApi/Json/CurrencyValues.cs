using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Json;

/// <summary>
/// What the platform adds to a write that carries money (dataverse.md §0.14): the row's currency (the base currency
/// unless the write names one), the exchange rate (1 for the base currency) and each value in the base currency,
/// <c>&lt;column&gt;_base</c>. Values are stored with their column's precision, rounded half away from zero.
/// </summary>
internal static class CurrencyValues
{
    /// <summary><paramref name="value"/> rounded to <paramref name="column"/>'s precision (2 for money by default).</summary>
    public static Money Rounded(ColumnMetadata column, Money value) =>
        new(Math.Round(value.Value, column.Precision ?? 2, MidpointRounding.AwayFromZero));

    public static void Stamp(TableMetadata table, Entity row)
    {
        var money = row.Attributes
            .Where(a => a.Value is Money && table.Column(a.Key) is { Type: ColumnType.Money, ReadOnly: false })
            .Select(a => (a.Key, ((Money)a.Value!).Value))
            .ToList();
        if (money.Count == 0)
        {
            return;
        }

        if (row.GetAttributeValue<EntityReference>(BaseCurrency.Column) is null)
        {
            row.Attributes[BaseCurrency.Column] = BaseCurrency.Reference;
        }

        const decimal rate = 1m;
        row.Attributes[BaseCurrency.ExchangeRate] = rate;
        foreach (var (name, value) in money)
        {
            row.Attributes[name + "_base"] = new Money(Math.Round(value / rate, 4, MidpointRounding.AwayFromZero));
        }
    }
}

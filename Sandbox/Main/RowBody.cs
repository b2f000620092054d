using System.Text.Json.Nodes;

namespace MsiDynamics.Sandbox.Main;

/// <summary>
/// A Web API request body in the shape Dataverse reads it: columns by logical name, lookups as
/// <c>navigation@odata.bind</c> = "<c>entityset(id)</c>" (dataverse.md §6).
/// </summary>
internal static class RowBody
{
    /// <summary>A body whose columns are <paramref name="columns"/>; null values are left out.</summary>
    public static JsonObject Of(params (string Column, object? Value)[] columns)
    {
        var body = new JsonObject();
        foreach (var (column, value) in columns)
        {
            if (value is not null)
            {
                body[column] = value switch
                {
                    string text => JsonValue.Create(text),
                    bool flag => JsonValue.Create(flag),
                    int number => JsonValue.Create(number),
                    decimal amount => JsonValue.Create(amount),
                    Guid id => JsonValue.Create(id.ToString("D")),
                    _ => throw new ArgumentException($"The seed writes no {value.GetType().Name} values.", nameof(columns)),
                };
            }
        }

        return body;
    }

    /// <summary><paramref name="body"/> with <paramref name="navigation"/> bound to the row <paramref name="id"/> of <paramref name="entitySet"/>.</summary>
    public static JsonObject Bind(this JsonObject body, string navigation, string entitySet, Guid id)
    {
        body[navigation + "@odata.bind"] = $"{entitySet}({id:D})";
        return body;
    }
}

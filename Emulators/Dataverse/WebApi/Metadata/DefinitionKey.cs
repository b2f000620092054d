namespace MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

/// <summary>Reads a definition's alternate key as metadata URLs write it: <c>LogicalName='lead'</c>.</summary>
internal static class DefinitionKey
{
    /// <summary>The logical name in <c>LogicalName='x'</c>, or null when <paramref name="key"/> is not of that form.</summary>
    public static string? LogicalName(string key)
    {
        const string Prefix = "LogicalName=";
        var text = key.Trim();
        return text.StartsWith(Prefix, StringComparison.Ordinal) && text.Length >= Prefix.Length + 2
            && text[Prefix.Length] == '\'' && text[^1] == '\''
            ? text[(Prefix.Length + 1)..^1]
            : null;
    }
}

using System.Text;

namespace MsiDynamics.CompanionService.Dataverse.OData;

/// <summary>
/// URL composition for the Web API: query option values percent-encoded so that <c>&amp;</c>, <c>#</c>,
/// <c>+</c>, <c>%</c>, spaces and non-ASCII letters reach Dataverse as the characters they are (a <c>+</c>
/// left bare would read as a space), and names checked to be plain identifiers.
/// </summary>
internal static class ODataUri
{
    // Unreserved characters plus the OData punctuation that means nothing to a query-string parser.
    private const string Safe = "-._~'(),:@/*!$";

    /// <summary>Percent-encodes <paramref name="value"/> (UTF-8) except letters, digits and <c>-._~'(),:@/*!$</c>.</summary>
    public static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length + 16);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (b < 0x80 && (char.IsAsciiLetterOrDigit(c) || Safe.Contains(c, StringComparison.Ordinal)))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// <paramref name="name"/> when it is a column, table or set name (letters, digits, <c>_</c>);
    /// throws otherwise, so a name can never carry query syntax.
    /// </summary>
    public static string Name(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                throw new ArgumentException($"'{name}' is not a Dataverse logical name.", nameof(name));
            }
        }

        return name;
    }

    /// <summary><c>leads(3f2504e0-…)</c>: the path of one row.</summary>
    public static string Row(string entitySetName, Guid id) => $"{Name(entitySetName)}({id:D})";
}

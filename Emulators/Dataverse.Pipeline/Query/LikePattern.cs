using System.Text;
using System.Text.RegularExpressions;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Query;

/// <summary>SQL LIKE, as Dataverse's Like operator passes it through: % any run, _ one character, [..] a set; case-insensitive.</summary>
internal static class LikePattern
{
    public static bool Matches(string value, string pattern) => ToRegex(pattern).IsMatch(value);

    public static string BeginsWith(string prefix) => Escape(prefix) + "%";

    public static string EndsWith(string suffix) => "%" + Escape(suffix);

    private static Regex ToRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '%':
                    regex.Append(".*");
                    break;
                case '_':
                    regex.Append('.');
                    break;
                case '[':
                    var end = pattern.IndexOf(']', i + 1);
                    if (end < 0)
                    {
                        regex.Append(@"\[");
                        break;
                    }

                    var set = pattern[(i + 1)..end];
                    regex.Append(set == "%" || set == "_" || set == "[" ? Regex.Escape(set) : "[" + set.Replace(@"\", @"\\", StringComparison.Ordinal) + "]");
                    i = end;
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        return new Regex(regex.Append('$').ToString(), RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant);
    }

    // BeginsWith/EndsWith take the value literally: wildcards in it are escaped the SQL way, in brackets.
    private static string Escape(string literal)
    {
        var escaped = new StringBuilder(literal.Length);
        foreach (var c in literal)
        {
            escaped.Append(c is '%' or '_' or '[' ? $"[{c}]" : c.ToString());
        }

        return escaped.ToString();
    }
}

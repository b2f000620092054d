using System.Globalization;
using System.Text;

namespace MsiDynamics.Plugins.Capture;

/// <summary>
/// Writes the queue row's payload: a flat JSON object that starts with <c>"v":1</c>, with string (or null)
/// members and nested objects. Hand-written because the net462 plug-in may reference nothing but the
/// framework and the SDK (no System.Text.Json in the Dataverse sandbox: dataverse.md §0.1).
/// </summary>
internal sealed class PayloadWriter
{
    /// <summary>
    /// Longest string member written. The payload column holds 10000 characters and a payload has at most a
    /// dozen members, so clipping each keeps every payload valid JSON within the column.
    /// </summary>
    public const int MaxStringLength = 500;

    public const int Version = 1;

    private readonly StringBuilder _json = new(128);
    private int _depth;

    public PayloadWriter()
    {
        _json.Append("{\"v\":").Append(Version.ToString(CultureInfo.InvariantCulture));
        _depth = 1;
    }

    public PayloadWriter String(string name, string? value)
    {
        Member(name);
        if (value is null)
        {
            _json.Append("null");
        }
        else
        {
            Quoted(Clip(value));
        }

        return this;
    }

    public PayloadWriter BeginObject(string name)
    {
        Member(name);
        _json.Append('{');
        _depth++;
        return this;
    }

    public PayloadWriter EndObject()
    {
        _json.Append('}');
        _depth--;
        return this;
    }

    /// <summary>The finished JSON; closes the outer object.</summary>
    public override string ToString() => _json.ToString() + new string('}', _depth);

    private static string Clip(string value)
    {
        if (value.Length <= MaxStringLength)
        {
            return value;
        }

        // Never cut a surrogate pair in half: a lone surrogate is not valid UTF-16 text.
        var length = char.IsHighSurrogate(value[MaxStringLength - 1]) ? MaxStringLength - 1 : MaxStringLength;
        return value.Substring(0, length);
    }

    private void Member(string name)
    {
        var last = _json[_json.Length - 1];
        if (last != '{')
        {
            _json.Append(',');
        }

        Quoted(name);
        _json.Append(':');
    }

    private void Quoted(string text)
    {
        _json.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': _json.Append("\\\""); break;
                case '\\': _json.Append("\\\\"); break;
                case '\n': _json.Append("\\n"); break;
                case '\r': _json.Append("\\r"); break;
                case '\t': _json.Append("\\t"); break;
                case '\b': _json.Append("\\b"); break;
                case '\f': _json.Append("\\f"); break;
                default:
                    // Other control characters, and the line separators that break JavaScript readers.
                    if (c < ' ' || c == '\u2028' || c == '\u2029')
                    {
                        _json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        _json.Append(c);
                    }

                    break;
            }
        }

        _json.Append('"');
    }
}

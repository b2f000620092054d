using System.Text;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// Opaque paging tokens. Marketo's are Base32 strings ("GIYDAOBNGEYS2MBW…", DEV paging-tokens.md); the
/// emulator Base32-encodes a short payload of its own ("p:600" a position, "d:…" a date, "a:…" an activity).
/// </summary>
internal static class PageToken
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static string Encode(string payload)
    {
        var bytes = Encoding.ASCII.GetBytes(payload);
        var text = new StringBuilder();
        for (var bit = 0; bit < bytes.Length * 8; bit += 5)
        {
            var value = 0;
            for (var i = 0; i < 5; i++)
            {
                var b = bit + i;
                value = (value << 1) | (b < bytes.Length * 8 ? (bytes[b / 8] >> (7 - (b % 8))) & 1 : 0);
            }

            text.Append(Alphabet[value]);
        }

        while (text.Length % 8 != 0)
        {
            text.Append('=');
        }

        return text.ToString();
    }

    public static string? Decode(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        var symbols = token.TrimEnd('=');
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var symbol in symbols)
        {
            var value = Alphabet.IndexOf(symbol, StringComparison.Ordinal);
            if (value < 0)
            {
                return null;
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)((buffer >> bits) & 0xFF));
            }
        }

        return Encoding.ASCII.GetString(bytes.ToArray());
    }

    /// <summary>Reads a "prefix:integer" payload.</summary>
    public static bool TryRead(string? token, char prefix, out long value)
    {
        value = 0;
        var payload = Decode(token);
        return payload is not null && payload.Length > 2 && payload[0] == prefix && payload[1] == ':'
            && long.TryParse(payload.AsSpan(2), out value) && value >= 0;
    }
}

using System.Text.RegularExpressions;

namespace MsiDynamics.Tests.Secrets;

/// <summary>
/// Looks for secrets in texts grouped by where they were found (log lines, metric measurements, queue rows, outputs):
/// each named secret by value, any <c>Bearer</c> followed by a token-like value, and the words <c>access_token</c>.
/// Findings name the place, the text's index and the secret's name, never the secret itself, so a failing
/// assertion does not print what it looks for.
/// </summary>
internal sealed partial class SecretScan
{
    private readonly Dictionary<string, string> _secrets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _places = new(StringComparer.Ordinal);

    /// <summary>A secret to look for by value; ignored when empty.</summary>
    public void Secret(string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            _secrets[name] = value;
        }
    }

    /// <summary>Texts to scan, found in <paramref name="place"/>.</summary>
    public void Add(string place, IEnumerable<string> texts)
    {
        if (!_places.TryGetValue(place, out var list))
        {
            _places[place] = list = [];
        }

        list.AddRange(texts);
    }

    /// <summary>How many texts were scanned in <paramref name="place"/>.</summary>
    public int Count(string place) => _places.TryGetValue(place, out var list) ? list.Count : 0;

    public IReadOnlyCollection<string> SecretNames => _secrets.Keys;

    /// <summary>Every finding: "place #index: what".</summary>
    public IReadOnlyList<string> Findings()
    {
        var findings = new List<string>();
        foreach (var (place, texts) in _places)
        {
            for (var i = 0; i < texts.Count; i++)
            {
                var text = texts[i];
                findings.AddRange(_secrets.Where(s => text.Contains(s.Value, StringComparison.Ordinal)).Select(s => $"{place} #{i}: {s.Key}"));
                if (BearerValue().IsMatch(text))
                {
                    findings.Add($"{place} #{i}: a Bearer token");
                }

                if (text.Contains("access_token", StringComparison.OrdinalIgnoreCase))
                {
                    findings.Add($"{place} #{i}: the word access_token");
                }
            }
        }

        return findings;
    }

    /// <summary>"Bearer" then a value of eight or more token characters (JWT, opaque or GUID-like); not "Bearer &lt;access token&gt;".</summary>
    [GeneratedRegex(@"Bearer[\s:=""']+[A-Za-z0-9\-._~+/:]{8,}", RegexOptions.IgnoreCase)]
    private static partial Regex BearerValue();
}

using System.Security.Cryptography;
using System.Text;

namespace MsiDynamics.Sandbox.Main;

/// <summary>
/// The fixed ids of the seeded organisation: each row's GUID is derived from its name in the seed, so every run
/// writes the same ids and a report or a difference names the same record from one run to the next.
/// </summary>
internal static class SeedIds
{
    /// <summary>The GUID of the seeded row called <paramref name="key"/> (e.g. "account:fabrikam").</summary>
    public static Guid Of(string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("msidynamics-sandbox:" + key));
        return new Guid(hash.AsSpan(0, 16));
    }
}

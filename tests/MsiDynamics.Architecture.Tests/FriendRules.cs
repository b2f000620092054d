namespace MsiDynamics.Architecture.Tests;

/// <summary>Which friend assemblies a production project may not open its internals to.</summary>
internal static class FriendRules
{
    /// <summary>
    /// True when <paramref name="friend"/> (an <c>InternalsVisibleTo</c> value, possibly with a public key) names the
    /// sandbox, its tests or the benchmarks.
    /// </summary>
    public static bool IsForbiddenFriend(string friend)
    {
        var name = friend.Split(',')[0].Trim();
        return name.StartsWith("MsiDynamics.Sandbox", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("MsiDynamics.Benchmarks", StringComparison.OrdinalIgnoreCase);
    }
}

namespace MsiDynamics.Solution.Packer;

/// <summary>The solution tree or the plug-in build cannot be packed; the message says what to fix.</summary>
public sealed class PackException : Exception
{
    public PackException(string message)
        : base(message)
    {
    }
}

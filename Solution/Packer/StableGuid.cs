using System.Security.Cryptography;
using System.Text;

namespace MsiDynamics.Solution.Packer;

/// <summary>
/// A GUID derived from a name (SHA-256 of the name, version bits of a name-based GUID), so that generated components
/// (plug-in types, step images) keep their ids from one pack to the next.
/// </summary>
internal static class StableGuid
{
    public static Guid From(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("MsiDynamics:" + name));
        var bytes = hash[..16];
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}

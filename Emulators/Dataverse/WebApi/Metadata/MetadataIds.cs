using System.Security.Cryptography;
using System.Text;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

/// <summary>
/// The <c>MetadataId</c> of a table, column or choice: a GUID derived from its logical name, so it is the same in every
/// emulator and on every request (Dataverse's are fixed per definition, too).
/// </summary>
internal static class MetadataIds
{
    public static Guid Of(params string[] names)
    {
        var hash = MD5.HashData(Encoding.UTF8.GetBytes("msidynamics-metadata/" + string.Join('/', names)));
        return new Guid(hash);
    }
}

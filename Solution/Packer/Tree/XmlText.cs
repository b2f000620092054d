using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace MsiDynamics.Solution.Packer.Tree;

/// <summary>Writes XML as the solution's files hold it: UTF-8 without a byte-order mark, two-space indent, LF.</summary>
internal static class XmlText
{
    public static string Of(XDocument document)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
            OmitXmlDeclaration = document.Declaration is null,
        };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            document.Save(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    public static byte[] Bytes(XDocument document) => new UTF8Encoding(false).GetBytes(Of(document));
}

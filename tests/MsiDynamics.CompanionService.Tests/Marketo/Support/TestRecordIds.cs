using System.Security.Cryptography;
using System.Text;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.Marketo.Support;

/// <summary>
/// Record ids for the Marketo tests, named by a short label ("u-1", "acc-7") so that a test reads as before the
/// external ids became <see cref="RecordId"/>s. The same label always gives the same id; different labels give
/// different ids.
/// </summary>
internal static class TestRecordIds
{
    /// <summary>The id named <paramref name="label"/>: the first 16 bytes of the label's SHA-256 as a GUID.</summary>
    public static RecordId Of(string label) =>
        RecordId.From(new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(label)).AsSpan(0, 16)), label);

    /// <summary>The ids named <paramref name="labels"/>, in order.</summary>
    public static RecordId[] Of(params string[] labels) => [.. labels.Select(Of)];

    /// <summary>
    /// The canonical text of the id named <paramref name="label"/>: what Marketo holds in an external-id field
    /// (architecture.md §1).
    /// </summary>
    public static string Text(string label) => Of(label).ToString();
}

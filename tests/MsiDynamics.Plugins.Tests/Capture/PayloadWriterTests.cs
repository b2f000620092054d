using MsiDynamics.Plugins.Capture;

namespace MsiDynamics.Plugins.Tests.Capture;

public sealed class PayloadWriterTests
{
    [TestCase("plain", "\"plain\"")]
    [TestCase("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [TestCase("C:\\path", "\"C:\\\\path\"")]
    [TestCase("line1\nline2\r\ttab", "\"line1\\nline2\\r\\ttab\"")]
    [TestCase("back\bspace\fform feed", "\"back\\bspace\\fform feed\"")]
    [TestCase("\u0001\u001f", "\"\\u0001\\u001f\"")]
    [TestCase("a\u2028b\u2029c", "\"a\\u2028b\\u2029c\"")]
    [TestCase("ünïcødé €", "\"ünïcødé €\"")]
    [TestCase("</script>", "\"</script>\"")]
    public void A_string_member_is_escaped_as_JSON(string value, string json) =>
        Assert.That(new PayloadWriter().String("x", value).ToString(), Is.EqualTo("{\"v\":1,\"x\":" + json + "}"));

    [Test]
    public void A_payload_always_starts_with_its_version() =>
        Assert.That(new PayloadWriter().ToString(), Is.EqualTo("{\"v\":1}"));

    [Test]
    public void A_null_member_is_written_as_null() =>
        Assert.That(new PayloadWriter().String("role", null).ToString(), Is.EqualTo("{\"v\":1,\"role\":null}"));

    [Test]
    public void A_nested_object_is_closed_even_when_the_caller_forgets()
    {
        var json = new PayloadWriter().String("a", "1").BeginObject("previous").String("b", "2").ToString();

        Assert.That(json, Is.EqualTo("{\"v\":1,\"a\":\"1\",\"previous\":{\"b\":\"2\"}}"));
    }

    [Test]
    public void A_long_string_is_clipped_to_the_longest_member()
    {
        var json = new PayloadWriter().String("x", new string('a', PayloadWriter.MaxStringLength + 20)).ToString();

        Assert.That(json, Is.EqualTo("{\"v\":1,\"x\":\"" + new string('a', PayloadWriter.MaxStringLength) + "\"}"));
    }

    [Test]
    public void A_long_string_is_clipped_without_splitting_a_surrogate_pair()
    {
        var value = new string('a', PayloadWriter.MaxStringLength - 1) + "😀" + "tail";

        var json = new PayloadWriter().String("x", value).ToString();

        Assert.That(json, Is.EqualTo("{\"v\":1,\"x\":\"" + new string('a', PayloadWriter.MaxStringLength - 1) + "\"}"));
    }
}

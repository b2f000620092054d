using System.Globalization;

namespace MsiDynamics.Sandbox.Hosting;

/// <summary>The arguments of <c>serve</c>: the loopback ports of the two emulators (0, the default, picks a free one).</summary>
internal sealed record ServeArguments(int MarketoPort, int DataversePort)
{
    /// <summary>Parses <c>--marketo-port &lt;port&gt;</c> and <c>--dataverse-port &lt;port&gt;</c>; null and an error to show otherwise.</summary>
    public static ServeArguments? Parse(string[] args, out string error)
    {
        int marketo = 0, dataverse = 0;
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name is not ("--marketo-port" or "--dataverse-port"))
            {
                error = $"Unknown option '{name}'.";
                return null;
            }

            if (i + 1 >= args.Length || !TryParsePort(args[++i], out var port))
            {
                error = $"{name} needs a port number between 0 and 65535 (0 picks a free port).";
                return null;
            }

            if (name == "--marketo-port")
            {
                marketo = port;
            }
            else
            {
                dataverse = port;
            }
        }

        error = string.Empty;
        return new ServeArguments(marketo, dataverse);
    }

    private static bool TryParsePort(string text, out int port) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out port) && port <= 65535;
}

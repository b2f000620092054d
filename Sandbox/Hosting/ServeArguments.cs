using System.Globalization;

namespace MsiDynamics.Sandbox.Hosting;

/// <summary>The arguments of <c>serve</c>: which emulators to run, on which loopback ports.</summary>
internal sealed record ServeArguments(int? MarketoPort, int? DataversePort)
{
    /// <summary>Parses <c>--marketo-port &lt;port&gt;</c> and <c>--dataverse-port &lt;port&gt;</c>; null and an error to show otherwise.</summary>
    public static ServeArguments? Parse(string[] args, out string error)
    {
        int? marketo = null, dataverse = null;
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

        if (marketo is null && dataverse is null)
        {
            error = "serve needs --marketo-port <port> (or, later, --dataverse-port <port>).";
            return null;
        }

        error = string.Empty;
        return new ServeArguments(marketo, dataverse);
    }

    private static bool TryParsePort(string text, out int port) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out port) && port <= 65535;
}

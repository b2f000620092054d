namespace MsiDynamics.CompanionService.Configuration;

/// <summary>
/// The checks both clients' options validators are made of. Each adds to a list of failures a message
/// that names the setting (<c>Marketo:X</c>, <c>Dataverse:X</c>) and what to do, and never echoes the
/// value: a misplaced secret must not reach a log through its error.
/// </summary>
internal static class OptionsChecks
{
    /// <summary>A required text setting, such as a client id.</summary>
    public static void Required(List<string> failures, string setting, string? value, string whatToSet)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"{setting} is required: {whatToSet}.");
        }
    }

    /// <summary>A whole number within [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static void Range(List<string> failures, string setting, long value, long min, long max)
    {
        if (value < min || value > max)
        {
            failures.Add($"{setting} must be between {min} and {max}: set it within that range.");
        }
    }

    /// <summary>A duration above zero.</summary>
    public static void Positive(List<string> failures, string setting, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{setting} must be a positive duration: set it as hh:mm:ss, such as 00:00:30.");
        }
    }

    /// <summary>
    /// An absolute https URL (http only for a loopback address, the emulators). True when it is one, so
    /// the caller can go on to check the shape its API needs.
    /// </summary>
    public static bool BaseUrl(List<string> failures, string setting, Uri? url, string example)
    {
        if (url is null || !url.IsAbsoluteUri)
        {
            failures.Add($"{setting} is required: an absolute URL such as {example}.");
            return false;
        }

        if (url.Scheme != Uri.UriSchemeHttps && !(url.Scheme == Uri.UriSchemeHttp && url.IsLoopback))
        {
            failures.Add($"{setting} must use https (only a loopback address may use http): set it as {example}.");
            return false;
        }

        return true;
    }
}

namespace MsiDynamics.Emulators.Dataverse.WebApi.Faults;

/// <summary>What <see cref="FaultInjector"/> decided for one request.</summary>
internal enum InjectedFault
{
    /// <summary>Do the work.</summary>
    None,

    /// <summary>Answer 429 with the configured Retry-After.</summary>
    Throttle,

    /// <summary>Answer 503.</summary>
    ServiceUnavailable,

    /// <summary>Abort the connection without doing the work.</summary>
    DropBeforeWork,

    /// <summary>Do the work, then abort the connection: the client cannot know whether its write happened.</summary>
    DropAfterWork,
}

namespace MsiDynamics.Sandbox.Tests.Corpus;

/// <summary>Where a corpus case's record ends after the one drain.</summary>
internal enum CorpusEnd
{
    /// <summary>Its latest queue row Succeeded (any earlier ones Superseded by it); Marketo holds the record.</summary>
    Pushed,

    /// <summary>Every queue row ended Superseded, the latest with the case's reason; nothing was sent for it.</summary>
    Superseded,

    /// <summary>Its latest queue row ended DeadLettered with the case's reason for an admin to act on.</summary>
    DeadLettered,

    /// <summary>The plug-ins queued nothing for the record: it is not a change the sync carries.</summary>
    NotQueued,
}

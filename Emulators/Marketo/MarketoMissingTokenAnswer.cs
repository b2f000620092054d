namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// What a REST call that carries no access token at all is answered with. The sources disagree, so it is
/// UNCERTAIN (marketo.md §1, §5.2): DEV says any string that is not a valid token answers 601, an integrator's
/// table lists 600 "Empty access token", and a gateway may refuse the call at the HTTP level.
/// </summary>
public enum MarketoMissingTokenAnswer
{
    /// <summary><c>601 Access token invalid</c> in the envelope (default).</summary>
    Code601,

    /// <summary><c>600 Empty access token</c> in the envelope.</summary>
    Code600,

    /// <summary>HTTP 401 with no envelope.</summary>
    Http401,
}

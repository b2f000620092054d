namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// The form in which the emulator writes datetimes in its answers (activityDate, and every field whose describe
/// type is datetime). Marketo writes more than one (marketo.md D11), so a client's readers are tested against
/// each. The stored value is the same instant whichever form is chosen.
/// </summary>
public enum MarketoDateTimeForm
{
    /// <summary><c>2024-05-01T10:00:00Z</c>: the form of current lead and object answers (marketo.md §2). Default.</summary>
    Utc,

    /// <summary><c>2024-05-01T10:00:00+0000</c>: an offset without its colon, as activity pages carry it (D11).</summary>
    OffsetWithoutColon,

    /// <summary><c>2024-05-01 10:00:00</c> in UTC: the form of older payloads (marketo.md §2, D11).</summary>
    SpaceSeparated,
}

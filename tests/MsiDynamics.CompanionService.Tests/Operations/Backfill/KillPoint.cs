namespace MsiDynamics.CompanionService.Tests.Operations.Backfill;

/// <summary>Where <see cref="Kill"/> stops a backfill's page.</summary>
public enum KillPoint
{
    /// <summary>Before the page's CreateMultiple is sent.</summary>
    BeforeCreate,

    /// <summary>After the CreateMultiple's answer, before the position is written.</summary>
    AfterCreateBeforePosition,

    /// <summary>After the position write's answer.</summary>
    AfterPosition,
}

namespace MsiDynamics.CompanionService.Operations.Status;

/// <summary>One worker's Dataverse costs today as its lease or presence row carries them; <see cref="Role"/> is <c>holder</c> or <c>standby</c>.</summary>
public sealed record WorkerCosts(string Name, string Role, long Requests, long Operations);

namespace MsiDynamics.CompanionService.Operations.Status;

/// <summary>
/// Both Dataverse costs today (UTC day; dataverse.md §0.12): Web API requests, which service protection counts, and
/// operations, which the entitlement counts — per worker as its lease or presence row carries them (a worker counts
/// from the day's start or its own start, and a holder's figures are as of its last renewal, a standby's as of its
/// last presence write, up to five minutes old), their sum, and what this <c>status</c> command itself cost.
/// Not included: workers that wrote nothing today, other integrations, and the plug-ins' own operations.
/// </summary>
public sealed record DataverseCostsToday(DateOnly Day, IReadOnlyList<WorkerCosts> Workers, long Requests, long Operations, long CommandRequests, long CommandOperations);

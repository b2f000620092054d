namespace MsiDynamics.CompanionService.Marketo.Transport;

/// <summary>
/// What a Marketo call does. It decides which share of the daily quota the call may use (reads may use
/// the reserve that pushes leave) and how a "record not found" is read (on a delete it means done).
/// </summary>
public enum MarketoOperationKind
{
    /// <summary>A query, describe or paging-token call: may use the daily quota reserve.</summary>
    Read,

    /// <summary>A create/update: stops when only the reserve of the daily quota is left.</summary>
    Upsert,

    /// <summary>A delete: stops like an upsert; 1013 "Record not found" counts as deleted.</summary>
    Delete,
}

using Microsoft.Xrm.Sdk;
using K = MsiDynamics.Sandbox.Chaos.Workload.ChaosOperationKind;
using S = MsiDynamics.Sandbox.Chaos.Workload.RecordState;

namespace MsiDynamics.Sandbox.Chaos.Workload;

/// <summary>
/// Runs one drawn operation as a user: what each <see cref="ChaosOperationKind"/> sends. The admin's operations
/// (users, roles, settings) go through the admin's service whoever drew them. Returns false when there was no record
/// to act on; a request the organisation refuses throws, for the caller to tally.
/// </summary>
internal sealed class WorkloadOperations(WorkloadCrm crm)
{
    private readonly RecordWrites _writes = new(crm);
    private readonly RecordLifecycle _lifecycle = new(crm);
    private readonly ConnectionWrites _connections = new(crm);

    public bool Run(ChaosOperationKind kind, IOrganizationService service, Random random)
    {
        switch (kind)
        {
            case K.CreateUser:
                _writes.CreateUser(random);
                return true;
            case K.CreateAccount:
                return Created(service, Tables.Account, random);
            case K.CreateContact:
                return Created(service, Tables.Contact, random);
            case K.CreateLead:
                return Created(service, Tables.Lead, random);
            case K.CreateOpportunity:
                return Created(service, Tables.Opportunity, random);
            case K.CreateConnection:
                return _connections.Create(service, random);
            case K.UpdateUser:
                return _writes.Update(crm.Admin, Tables.User, random);
            case K.UpdateAccount:
                return _writes.Update(service, Tables.Account, random);
            case K.UpdateContact:
                return _writes.Update(service, Tables.Contact, random);
            case K.UpdateLead:
                return _writes.Update(service, Tables.Lead, random);
            case K.UpdateOpportunity:
                return _writes.Update(service, Tables.Opportunity, random);
            case K.UpdateConnection:
                return _connections.Update(service, random);
            case K.DeleteAccount:
                return _lifecycle.Delete(service, Tables.Account, random);
            case K.DeleteContact:
                return _lifecycle.Delete(service, Tables.Contact, random);
            case K.DeleteLead:
                return _lifecycle.Delete(service, Tables.Lead, random);
            case K.DeleteOpportunity:
                return _lifecycle.Delete(service, Tables.Opportunity, random);
            case K.DeleteConnection:
                return _connections.Delete(service, random);
            case K.AssignToUser:
                return _lifecycle.Assign(service, random, toTeam: false);
            case K.AssignToTeam:
                return _lifecycle.Assign(service, random, toTeam: true);
            case K.DeactivateAccount:
                return _lifecycle.SetState(service, Tables.Account, random, S.Active, 1, 2, S.Inactive);
            case K.ActivateAccount:
                return _lifecycle.SetState(service, Tables.Account, random, S.Inactive, 0, 1, S.Active);
            case K.DeactivateContact:
                return _lifecycle.SetState(service, Tables.Contact, random, S.Active, 1, 2, S.Inactive);
            case K.ActivateContact:
                return _lifecycle.SetState(service, Tables.Contact, random, S.Inactive, 0, 1, S.Active);
            case K.DisqualifyLead:
                return _lifecycle.SetState(service, Tables.Lead, random, S.Active, 2, random.Next(4, 8), S.Disqualified);
            case K.ReactivateLead:
                return _lifecycle.SetState(service, Tables.Lead, random, S.Disqualified, 0, 1, S.Active);
            case K.ReopenOpportunity:
                return _lifecycle.SetState(service, Tables.Opportunity, random, random.Next(2) == 0 ? S.Won : S.Lost, 0, 1, S.Active)
                    || _lifecycle.SetState(service, Tables.Opportunity, random, S.Won, 0, 1, S.Active)
                    || _lifecycle.SetState(service, Tables.Opportunity, random, S.Lost, 0, 1, S.Active);
            case K.DisableUser:
                return _lifecycle.SetUserDisabled(random, disabled: true);
            case K.EnableUser:
                return _lifecycle.SetUserDisabled(random, disabled: false);
            case K.MergeAccounts:
                return _lifecycle.Merge(service, Tables.Account, random);
            case K.MergeContacts:
                return _lifecycle.Merge(service, Tables.Contact, random);
            case K.MergeLeads:
                return _lifecycle.Merge(service, Tables.Lead, random);
            case K.WinOpportunity:
                return _lifecycle.Close(service, random, won: true);
            case K.LoseOpportunity:
                return _lifecycle.Close(service, random, won: false);
            case K.RenameConnectionRole:
                _connections.RenameRole(random);
                return true;
            case K.ToggleSyncSetting:
                crm.Settings.Toggle(crm.Admin, random);
                return true;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an operation the workload knows.");
        }
    }

    private bool Created(IOrganizationService service, string table, Random random)
    {
        _writes.Create(service, table, random);
        return true;
    }
}

using Microsoft.Xrm.Sdk;
using static MsiDynamics.Emulators.Dataverse.Pipeline.Storage.PlatformSchema;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Operations;

/// <summary>
/// QualifyLead (dataverse.md §2.3): child Creates of the account, contact and opportunity asked for,
/// each with originatingleadid (the new account is the contact's parentcustomerid), then a child Update of
/// the lead to Qualified (statecode 1, statuscode = Status or 3). OutputParameters["CreatedEntities"] lists them.
/// </summary>
internal sealed class QualifyLeadOperation : IMessageOperation
{
    public (string EntityName, Guid Id) Identify(ParameterCollection input) =>
        RowIdentity.OfReference(input, Parameters.LeadId, Messages.QualifyLead);

    public void Execute(OperationScope scope)
    {
        var leadId = scope.Required<EntityReference>(Parameters.LeadId);
        var lead = RowIdentity.RequireExisting(scope, Tables.Lead, leadId.Id);
        if (lead.GetAttributeValue<OptionSetValue>(Columns.StateCode)?.Value is > 0)
        {
            throw new PlatformFaultException(PlatformFault.InvalidState,
                $"The lead {leadId.Id:D} is closed. You cannot convert or qualify a lead that is already closed.");
        }

        var created = new EntityReferenceCollection();
        var origin = new EntityReference(Tables.Lead, leadId.Id);
        var account = Flag(scope, Parameters.CreateAccount) ? Create(scope, created, QualifiedRows.Account(lead, origin)) : null;
        var contact = Flag(scope, Parameters.CreateContact) ? Create(scope, created, QualifiedRows.Contact(lead, origin, account)) : null;
        if (Flag(scope, Parameters.CreateOpportunity))
        {
            var customer = scope.Input.TryGetValue(Parameters.OpportunityCustomerId, out var given) && given is EntityReference reference
                ? reference
                : account ?? contact;
            Create(scope, created, QualifiedRows.Opportunity(lead, origin, customer, account, contact));
        }

        var status = scope.Input.TryGetValue(Parameters.Status, out var raw) && raw is OptionSetValue option ? option.Value : 3;
        var qualify = new Entity(Tables.Lead, leadId.Id);
        qualify.Attributes[Columns.StateCode] = new OptionSetValue(1);
        qualify.Attributes[Columns.StatusCode] = new OptionSetValue(status);
        scope.Child(Messages.Update, (Parameters.Target, qualify));

        scope.Output[Parameters.CreatedEntities] = created;
    }

    private static bool Flag(OperationScope scope, string key) =>
        scope.Input.TryGetValue(key, out var value) && value is true;

    private static EntityReference Create(OperationScope scope, EntityReferenceCollection created, Entity row)
    {
        var id = (Guid)scope.Child(Messages.Create, (Parameters.Target, row)).Results[Parameters.Id]!;
        var reference = new EntityReference(row.LogicalName, id);
        created.Add(reference);
        return reference;
    }
}

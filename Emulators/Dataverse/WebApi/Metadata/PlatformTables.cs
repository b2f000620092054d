using MsiDynamics.Schema;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

/// <summary>
/// The platform's own tables the worker and the plug-ins touch: systemuser (dataverse.md §3.4); businessunit and team,
/// which owners point at; the base currency; and asyncoperation and
/// bulkdeleteoperation, the system job a BulkDelete starts and its counts. Maximum
/// lengths as the table references give them (dataverse.md §3.4 table). None supports the bulk messages here.
/// </summary>
internal static class PlatformTables
{
    public static IEnumerable<TableMetadata> All()
    {
        yield return new TableBuilder(DataverseSchema.SystemUser.EntityName, DataverseSchema.SystemUser.EntitySetName)
            .Computed("fullname")
            .Text(256, "firstname", "lastname").Text(100, "internalemailaddress").Text(1024, "domainname")
            .Of(ColumnType.Boolean, "isdisabled", "islicensed")
            .Of(ColumnType.Guid, "azureactivedirectoryobjectid", "applicationid")
            .Choice("accessmode", ChoiceLabels.AccessModes)
            .Lookup("businessunitid", "businessunit")
            .Build();

        yield return new TableBuilder("businessunit", "businessunits")
            .Text(160, "name")
            .Lookup("parentbusinessunitid", "businessunit")
            .Build();

        yield return new TableBuilder("team", "teams")
            .Text(160, "name")
            .Lookup("businessunitid", "businessunit")
            .Build();

        yield return new TableBuilder(BaseCurrency.Table, BaseCurrency.EntitySet)
            .Text(100, "currencyname").Text(10, "currencysymbol").Text(5, "isocurrencycode")
            .Of(ColumnType.Integer, "currencyprecision")
            .Of(ColumnType.Decimal, BaseCurrency.ExchangeRate)
            .PrimaryName("currencyname")
            .State(ChoiceLabels.ActiveStates, ChoiceLabels.ActiveStatuses)
            .Build();

        yield return new TableBuilder(SystemJobs.AsyncOperation, SystemJobs.AsyncOperations)
            .Text(256, SystemJobs.Name)
            .Choice(SystemJobs.OperationType, (SystemJobs.BulkDeleteType, "Bulk Delete"))
            .Memo(SystemJobs.Data, 1_073_741_823)
            .Text(SystemJobs.RecurrencePattern, 256)
            .Of(ColumnType.DateTime, SystemJobs.RecurrenceStartTime, SystemJobs.PostponeUntil, SystemJobs.CompletedOn)
            .Lookup(SystemJobs.Owner, DataverseSchema.SystemUser.EntityName, readOnly: true)
            .State(ChoiceLabels.SystemJobStates, ChoiceLabels.SystemJobStatuses)
            .Build();

        yield return new TableBuilder(SystemJobs.BulkDeleteOperation, SystemJobs.BulkDeleteOperations)
            .Text(256, SystemJobs.Name)
            .Lookup(SystemJobs.AsyncOperationId, SystemJobs.AsyncOperation)
            .Of(ColumnType.Boolean, SystemJobs.IsRecurring)
            .Of(ColumnType.DateTime, SystemJobs.NextRun)
            .Of(ColumnType.Integer, SystemJobs.SuccessCount, SystemJobs.FailureCount)
            .State(ChoiceLabels.SystemJobStates, ChoiceLabels.SystemJobStatuses)
            .Build();
    }
}

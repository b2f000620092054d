namespace MsiDynamics.Schema;

/// <summary>
/// Every plug-in step of the solution (architecture.md §5), for the worker, which never loads the plug-in assembly: the
/// <c>doctor</c> command checks each is registered and enabled. A test in the plug-ins' tests proves this list equals the
/// <c>CrmPluginRegistration</c> attributes (id, message, table, stage, mode, filtering attributes), so it cannot drift.
/// </summary>
#if PUBLIC_SCHEMA
public
#else
internal
#endif
static class PluginSteps
{
    private const string Create = "Create";
    private const string Update = "Update";
    private const string Delete = "Delete";
    private const string Assign = "Assign";
    private const string SetStateDynamicEntity = "SetStateDynamicEntity";
    private const string Merge = "Merge";
    private const string Win = "Win";
    private const string Lose = "Lose";

    /// <summary>The steps, by plug-in class and then in declaration order.</summary>
    public static readonly PluginStep[] All =
    {
        new("caca416c-528b-42a9-b922-9f65615ce525", Create, DataverseSchema.Account.EntityName),
        new("cda44d80-2933-4330-a853-d36a7bcc9419", Update, DataverseSchema.Account.EntityName, SyncedColumns.Account),
        new("132da575-d84d-4b9b-b2df-a7d713dc8d05", Delete, DataverseSchema.Account.EntityName),
        new("7ade5d2d-9b79-4129-b1ca-3892028d03e2", Assign, DataverseSchema.Account.EntityName),
        new("9a8f9e3a-4a06-485b-a69a-ece7190e08d1", SetStateDynamicEntity, DataverseSchema.Account.EntityName),
        new("1e172acc-00fb-4c6b-9cb6-88270dbec7a3", Merge, DataverseSchema.Account.EntityName),
        new("2027ffa8-0c3d-41aa-8b03-cc4d0c062762", Create, DataverseSchema.Connection.EntityName),
        new("17072ec8-9a9b-4a14-b350-d591f5bc7eb8", Update, DataverseSchema.Connection.EntityName, SyncedColumns.Connection),
        new("aed4fc44-2f61-4d5c-b590-114097383cf5", Delete, DataverseSchema.Connection.EntityName),
        new("0426173f-d220-4387-afda-65dc01e7a023", Update, DataverseSchema.ConnectionRole.EntityName, SyncedColumns.ConnectionRole),
        new("7029b166-421b-45bc-bdb6-4e4c10c297cb", Create, DataverseSchema.Contact.EntityName),
        new("caddc77c-e3e1-4672-965b-7fc628bf5085", Update, DataverseSchema.Contact.EntityName, SyncedColumns.Contact),
        new("65131cdf-746f-4d38-b110-e35edddb7df6", Delete, DataverseSchema.Contact.EntityName),
        new("57902d81-c718-4778-bf2b-c67cd2c027b7", Assign, DataverseSchema.Contact.EntityName),
        new("62a6d2cf-7b86-4744-b305-b03cfb771c04", SetStateDynamicEntity, DataverseSchema.Contact.EntityName),
        new("cfa8aa14-e14b-468e-87d6-59a060eaca55", Merge, DataverseSchema.Contact.EntityName),
        new("bd3b35d1-9080-4116-a9f2-5ab324b64d88", Create, DataverseSchema.Lead.EntityName),
        new("db3a5dcb-cb4e-4d4e-98c7-a7617695b2a2", Update, DataverseSchema.Lead.EntityName, SyncedColumns.Lead),
        new("263e08e2-f66c-45c6-9248-b7ea11ac2098", Delete, DataverseSchema.Lead.EntityName),
        new("38d86d76-b304-487e-bb17-e55def6a816d", Assign, DataverseSchema.Lead.EntityName),
        new("d9a419e5-4e08-4e47-801c-9dd3edfa74c7", SetStateDynamicEntity, DataverseSchema.Lead.EntityName),
        new("ca87c777-27af-4870-9486-8a9a068f4b11", Merge, DataverseSchema.Lead.EntityName),
        new("107adc77-9230-4805-9f80-495eb204bebe", Create, DataverseSchema.Opportunity.EntityName),
        new("7c2b6c4e-4a2b-428f-ba86-8d82c9b91552", Update, DataverseSchema.Opportunity.EntityName, SyncedColumns.Opportunity),
        new("ec2c169f-7a0f-42f6-99c5-4bb6cce2750f", Delete, DataverseSchema.Opportunity.EntityName),
        new("196ef8d1-f41e-4b44-8933-ec27b35e5e8f", Assign, DataverseSchema.Opportunity.EntityName),
        new("80d584d5-c00c-4aa8-9d24-7c2c99137b8f", SetStateDynamicEntity, DataverseSchema.Opportunity.EntityName),
        new("4b0e6f7a-93c1-4d2e-8a5b-c61f2d7e9a34", Win, DataverseSchema.Opportunity.EntityName),
        new("d83a2c15-6e4f-4b9a-b0d7-2f5c8e1a6b47", Lose, DataverseSchema.Opportunity.EntityName),
        new("af472eba-935e-43f3-a33f-4c0b149af16d", Create, DataverseSchema.SystemUser.EntityName),
        new("865eaa5f-4393-47a5-938f-0b6267eaa64c", Update, DataverseSchema.SystemUser.EntityName, SyncedColumns.SystemUser),
    };
}

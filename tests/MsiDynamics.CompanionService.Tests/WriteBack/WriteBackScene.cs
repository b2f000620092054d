using System.Globalization;
using Microsoft.Xrm.Sdk;
using MsiDynamics.CompanionService.Tests.Sync.Drain;
using MsiDynamics.CompanionService.WriteBack;
using MsiDynamics.Emulators.Marketo;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.WriteBack;

/// <summary>
/// A small organisation synced to Marketo by the real drain (so its lead and contact carry their Marketo lead ids), and
/// the write-back's first cycle already run (it takes an activity position and reconciles once): what each test starts from.
/// </summary>
internal sealed class WriteBackScene
{
    private WriteBackScene(DrainRig rig, SmallOrg org)
    {
        Rig = rig;
        Org = org;
        LeadMarketoId = MarketoIdOf(rig, DataverseSchema.Lead.EntityName, org.Lead);
        ContactMarketoId = MarketoIdOf(rig, DataverseSchema.Contact.EntityName, org.Contact);
    }

    public DrainRig Rig { get; }

    public SmallOrg Org { get; }

    public int LeadMarketoId { get; }

    public int ContactMarketoId { get; }

    public WriteBackCycle Cycle => Rig.Get<WriteBackCycle>();

    public static async Task<WriteBackScene> SyncAsync(DrainRig rig, bool firstCycle = true)
    {
        var org = SmallOrg.Save(rig);
        await rig.DrainAsync();
        var scene = new WriteBackScene(rig, org);
        if (firstCycle)
        {
            await scene.Cycle.RunOnceAsync(full: false);
        }

        return scene;
    }

    public Entity Lead => Rig.Org.Find(DataverseSchema.Lead.EntityName, Org.Lead.Value)!;

    public Entity Contact => Rig.Org.Find(DataverseSchema.Contact.EntityName, Org.Contact.Value)!;

    /// <summary>Seeds a Marketo lead and a Dynamics contact standing for it, straight into both stores.</summary>
    public static (Guid Contact, int MarketoId) SeedPerson(DrainRig rig, string email, IReadOnlyDictionary<string, string?> marketoFields)
    {
        var lead = rig.Marketo.SeedLead(email, marketoFields);
        var contact = rig.Org.Seed(new Entity(DataverseSchema.Contact.EntityName)
        {
            ["lastname"] = email, ["emailaddress1"] = email,
            [DataverseSchema.MsiColumns.MarketoLeadId] = lead.Id.ToString(CultureInfo.InvariantCulture),
        });
        return (contact, lead.Id);
    }

    private static int MarketoIdOf(DrainRig rig, string table, RecordId id) =>
        int.Parse(rig.Org.Find(table, id.Value)!.GetAttributeValue<string>(DataverseSchema.MsiColumns.MarketoLeadId)!, CultureInfo.InvariantCulture);
}

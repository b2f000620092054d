using Microsoft.Xrm.Sdk;
using MsiDynamics.Schema;
using static MsiDynamics.Sandbox.Chaos.Workload.WorkloadValues;

namespace MsiDynamics.Sandbox.Chaos.Workload;

/// <summary>
/// Creates and updates of users, accounts, contacts, leads and opportunities. A create fills the table's required
/// columns and most of the others; an update changes one to three synced columns (each synced column is drawn
/// equally often, so every one is written), now and then with a column no mapping reads.
/// </summary>
internal sealed class RecordWrites(WorkloadCrm crm)
{
    private static readonly string[] Unwatched = ["description"];

    private readonly ColumnValues _values = new(crm);

    /// <summary>A new user, created by the admin: a sales person with an address, or one without (no sales person).</summary>
    public void CreateUser(Random random)
    {
        var id = crm.Ids.Next(random);
        var user = new Entity(Tables.User, id) { ["firstname"] = FirstName(random), ["lastname"] = LastName(random) };
        user["internalemailaddress"] = _values.Email(random, user);
        user["domainname"] = $"user{id.ToString("N")[..8]}@contoso.example";
        user["azureactivedirectoryobjectid"] = new Guid(Bytes(random));
        user["isdisabled"] = false;
        crm.Admin.Create(user);
        crm.Live.Add(Tables.User, id);
    }

    /// <summary>A new account, contact, lead or opportunity, saved by <paramref name="service"/>'s user.</summary>
    public void Create(IOrganizationService service, string table, Random random)
    {
        var row = new Entity(table, crm.Ids.Next(random));
        foreach (var column in Required(table))
        {
            _values.Set(row, column, random, RecordState.Active);
        }

        if (table is Tables.Contact or Tables.Lead)
        {
            row["emailaddress1"] = _values.Email(random, row);
        }

        foreach (var column in SyncedColumns.For(table).Where(c => !row.Contains(c) && !IsState(c) && c != "emailaddress1"))
        {
            if (column == "ownerid" ? Chance(random, 20) : Chance(random, 60))
            {
                _values.Set(row, column, random, RecordState.Active);
            }
        }

        service.Create(row);
        crm.Live.Add(table, row.Id);
    }

    /// <summary>Changes one to three synced columns of a live record. False when the table has none.</summary>
    public bool Update(IOrganizationService service, string table, Random random)
    {
        if (crm.Live.Pick(table, random) is not { } id)
        {
            return false;
        }

        var current = crm.Live.StateOf(id);
        var columns = SyncedColumns.For(table).Where(c => c != "isdisabled").ToArray();
        var row = new Entity(table, id);
        RecordState? next = null;
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            next = _values.Set(row, Pick(random, columns), random, current) ?? next;
        }

        if (row.Attributes.Count == 0)
        {
            _values.Set(row, table == Tables.User ? "firstname" : "ownerid", random, current);
        }

        if (Chance(random, 5))
        {
            row[Pick(random, Unwatched)] = Description(random);
        }

        service.Update(row);
        if (next is { } state)
        {
            crm.Live.SetState(id, state);
        }

        return true;
    }

    private static bool IsState(string column) => column is "statecode" or "statuscode";

    private static string[] Required(string table) => table switch
    {
        Tables.Account => ["name"],
        Tables.Contact => ["firstname", "lastname"],
        Tables.Lead => ["firstname", "lastname", "companyname"],
        Tables.Opportunity => ["name", "customerid"],
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, "Not a table the workload creates this way."),
    };

    private static byte[] Bytes(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return bytes;
    }
}

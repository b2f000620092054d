using Microsoft.Xrm.Sdk;
using static MsiDynamics.Sandbox.Chaos.Workload.WorkloadValues;

namespace MsiDynamics.Sandbox.Chaos.Workload;

/// <summary>
/// Writes a realistic value of one synced column (Schema/SyncedColumns.cs) into a row, sometimes null where the column
/// may be empty. A state column sets its pair (statecode with a statuscode valid for it) and says which state the
/// record goes to; a column that cannot change in the record's state (a closed opportunity's state, a merged lead's)
/// is left out.
/// </summary>
internal sealed class ColumnValues(WorkloadCrm crm)
{
    private const int NullPercent = 10;

    /// <summary>Sets <paramref name="column"/> on <paramref name="row"/>; returns the record's new state when the column changes it.</summary>
    public RecordState? Set(Entity row, string column, Random random, RecordState current)
    {
        var table = row.LogicalName;
        switch (column)
        {
            case "statecode" or "statuscode":
                return SetState(row, random, current);
            case "ownerid":
                row[column] = crm.Owner(random, team: Chance(random, 15));
                return null;
            case "internalemailaddress" or "emailaddress1":
                row[column] = Email(random, row);
                return null;
        }

        row[column] = Chance(random, NullPercent) && Nullable(table, column) ? null : Value(table, column, random);
        return null;
    }

    /// <summary>
    /// A new person's or user's address, or now and then none. Addresses two rows share (a lead and the contact it became,
    /// two contacts) are cases of the bad-input corpus and of the sandbox's main job, not of the chaos run
    /// (docs/chaos.md, "Limits, stated").
    /// </summary>
    public string? Email(Random random, Entity row)
    {
        if (Chance(random, row.LogicalName == Tables.User ? 20 : 8))
        {
            return null;
        }

        var email = WorkloadValues.Email(random, row.GetAttributeValue<string>("firstname") ?? FirstName(random),
            row.GetAttributeValue<string>("lastname") ?? LastName(random));
        return email;
    }

    private static bool Nullable(string table, string column) => (table, column) switch
    {
        (_, "lastname") or (Tables.Account, "name") or (Tables.Opportunity, "name") or (Tables.Opportunity, "customerid") => false,
        _ => true,
    };

    private object? Value(string table, string column, Random random) => column switch
    {
        "firstname" => FirstName(random),
        "lastname" => LastName(random),
        "name" when table == Tables.Account => Company(random),
        "name" => $"{Company(random)} {WorkloadValues.Pick(random, ["renewal", "rollout", "pilot", "expansion", "licences"])}",
        "jobtitle" => JobTitle(random),
        "companyname" => Company(random),
        "websiteurl" => Website(random, Company(random)),
        "telephone1" or "mobilephone" => Phone(random),
        "address1_line1" => Street(random),
        "address1_city" => Place(random).City,
        "address1_stateorprovince" => Place(random).State,
        "address1_postalcode" => Place(random).Postal,
        "address1_country" => Place(random).Country,
        "numberofemployees" => random.Next(1, 50_000),
        "revenue" => Amount(random, 10_000, 50_000_000),
        "industrycode" => Industry(random),
        "description" => Description(random),
        "estimatedvalue" => Amount(random, 1_000, 2_000_000),
        "estimatedclosedate" => Date(random, 180),
        "actualclosedate" => Date(random, 60),
        "closeprobability" => random.Next(0, 101),
        "stepname" => StepName(random),
        "parentaccountid" => Reference(Tables.Account, random),
        "parentcustomerid" => Chance(random, 85) ? Reference(Tables.Account, random) : Reference(Tables.Contact, random),
        "customerid" => (Chance(random, 75) ? Reference(Tables.Account, random) : Reference(Tables.Contact, random))
            ?? Reference(Tables.Account, random),
        _ => throw new ArgumentOutOfRangeException(nameof(column), $"The workload has no value for {table}.{column}."),
    };

    private EntityReference? Reference(string table, Random random) =>
        crm.Live.Pick(table, random, RecordState.Active) is { } id ? new EntityReference(table, id) : null;

    /// <summary>
    /// The state pair an Update may set: account and contact flip between Active (0, 1) and Inactive (1, 2); an open
    /// lead or opportunity changes its open status reason (New/Contacted; In Progress/On Hold), a disqualified lead its
    /// reason (4–7). Closing an opportunity takes Win or Lose, so a closed one's state is not written.
    /// </summary>
    private static RecordState? SetState(Entity row, Random random, RecordState current)
    {
        (int State, int Status, RecordState Next)? pair = (row.LogicalName, current) switch
        {
            (Tables.Account or Tables.Contact, RecordState.Active) => (1, 2, RecordState.Inactive),
            (Tables.Account or Tables.Contact, _) => (0, 1, RecordState.Active),
            (Tables.Lead, RecordState.Active) => (0, random.Next(1, 3), RecordState.Active),
            (Tables.Lead, RecordState.Disqualified) => (2, random.Next(4, 8), RecordState.Disqualified),
            (Tables.Opportunity, RecordState.Active) => (0, random.Next(1, 3), RecordState.Active),
            _ => null,
        };
        if (pair is not { } set)
        {
            return null;
        }

        row["statecode"] = new OptionSetValue(set.State);
        row["statuscode"] = new OptionSetValue(set.Status);
        return set.Next;
    }
}

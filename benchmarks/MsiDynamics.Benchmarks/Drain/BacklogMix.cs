namespace MsiDynamics.Benchmarks.Drain;

/// <summary>
/// How many rows of each table a backlog of N changes saves: 1% users, 10% accounts, 40% contacts, 40% leads,
/// 8% opportunities, one stakeholder connection role, and the rest (about 1%) stakeholder connections between an
/// opportunity and a contact of the same account. Each save is one change, and the plug-ins queue one row for it,
/// except that a new role queues none and a new connection two (its own and its reciprocal's; the drain settles the
/// pair once and supersedes the second row).
/// </summary>
internal sealed record BacklogMix(int Users, int Accounts, int Contacts, int Leads, int Opportunities, int Roles, int Connections)
{
    /// <summary>The mix of <paramref name="changes"/> changes (at least 100, so every table has a row).</summary>
    public static BacklogMix Of(int changes)
    {
        var users = Math.Max(1, changes / 100);
        var accounts = changes / 10;
        var persons = changes * 4 / 10;
        var opportunities = changes * 8 / 100;
        var connections = changes - users - accounts - (2 * persons) - opportunities - 1;
        return new BacklogMix(users, accounts, persons, persons, opportunities, 1, connections);
    }

    /// <summary>Every change: one per row saved.</summary>
    public int Changes => Users + Accounts + Contacts + Leads + Opportunities + Roles + Connections;

    /// <summary>Marketo persons: a contact and a lead are each a Marketo lead (every e-mail address is unique).</summary>
    public int Persons => Contacts + Leads;

    public override string ToString() =>
        $"{Users} users, {Accounts} accounts (owned by users), {Contacts} contacts (with account and unique e-mail), {Leads} leads (unique e-mail, every other one "
        + $"with an account), {Opportunities} opportunities, {Roles} stakeholder role, {Connections} stakeholder connections";
}

namespace MsiDynamics.Sandbox.Chaos.Workload;

/// <summary>
/// How often each <see cref="ChaosOperationKind"/> is drawn, and its group for the report. Creates and updates are
/// 70% of the draws, as in a CRM where people mostly type; each other kind is 1.3%, so every one occurs at least 1% of
/// a 10,000-operation run.
/// </summary>
internal static class ChaosOperationKinds
{
    /// <summary>Draws per thousand.</summary>
    private static readonly (ChaosOperationKind Kind, int Weight)[] Weights =
    [
        (ChaosOperationKind.CreateUser, 10),
        (ChaosOperationKind.CreateAccount, 40),
        (ChaosOperationKind.CreateContact, 50),
        (ChaosOperationKind.CreateLead, 50),
        (ChaosOperationKind.CreateOpportunity, 40),
        (ChaosOperationKind.CreateConnection, 30),
        (ChaosOperationKind.UpdateUser, 30),
        (ChaosOperationKind.UpdateAccount, 100),
        (ChaosOperationKind.UpdateContact, 110),
        (ChaosOperationKind.UpdateLead, 110),
        (ChaosOperationKind.UpdateOpportunity, 100),
        (ChaosOperationKind.UpdateConnection, 30),
    ];

    /// <summary>The weight of every kind not listed in <see cref="Weights"/>.</summary>
    private const int OtherWeight = 13;

    private static readonly ChaosOperationKind[] Table = BuildTable();

    public static IReadOnlyList<ChaosOperationKind> All { get; } = Enum.GetValues<ChaosOperationKind>();

    /// <summary>A kind drawn with its weight.</summary>
    public static ChaosOperationKind Draw(Random random) => Table[random.Next(Table.Length)];

    /// <summary>The share of the draws <paramref name="kind"/> gets, between 0 and 1.</summary>
    public static double Share(ChaosOperationKind kind) => (double)Table.Count(k => k == kind) / Table.Length;

    /// <summary>"create", "update", "delete", "assign", "state change", "merge", "win", "lose", "reopen", "rename", "toggle".</summary>
    public static string GroupOf(ChaosOperationKind kind) => kind switch
    {
        ChaosOperationKind.AssignToUser or ChaosOperationKind.AssignToTeam => "assign",
        ChaosOperationKind.DeactivateAccount or ChaosOperationKind.ActivateAccount or ChaosOperationKind.DeactivateContact
            or ChaosOperationKind.ActivateContact or ChaosOperationKind.DisqualifyLead or ChaosOperationKind.ReactivateLead
            or ChaosOperationKind.DisableUser or ChaosOperationKind.EnableUser or ChaosOperationKind.ReopenOpportunity => "state change",
        ChaosOperationKind.WinOpportunity => "win",
        ChaosOperationKind.LoseOpportunity => "lose",
        ChaosOperationKind.RenameConnectionRole => "role rename",
        ChaosOperationKind.ToggleSyncSetting => "setting toggle",
        _ => kind.ToString().StartsWith("Create", StringComparison.Ordinal) ? "create"
            : kind.ToString().StartsWith("Update", StringComparison.Ordinal) ? "update"
            : kind.ToString().StartsWith("Delete", StringComparison.Ordinal) ? "delete"
            : "merge",
    };

    private static ChaosOperationKind[] BuildTable()
    {
        var table = new List<ChaosOperationKind>();
        foreach (var kind in Enum.GetValues<ChaosOperationKind>())
        {
            var weight = Weights.FirstOrDefault(w => w.Kind == kind) is { Weight: > 0 } listed ? listed.Weight : OtherWeight;
            table.AddRange(Enumerable.Repeat(kind, weight));
        }

        return [.. table];
    }
}

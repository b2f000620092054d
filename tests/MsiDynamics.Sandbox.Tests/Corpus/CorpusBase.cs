using MsiDynamics.Sandbox.Main;
using MsiDynamics.Schema;

namespace MsiDynamics.Sandbox.Tests.Corpus;

/// <summary>
/// What every case stands on, written before the cases: the sandbox's users (the administrator first, made by the
/// application user, then Ann, Ben and Cleo, the sales reps), its "Key Accounts" team, its connection roles, and one
/// ordinary account the cases' people work for.
/// </summary>
internal static class CorpusBase
{
    public static Guid Account { get; } = CorpusIds.Of("account:base");

    public static async Task WriteAsync(CorpusWriter writer, CancellationToken cancellationToken)
    {
        writer.ActAsProvisioning();
        await SeedUsers.CreateAsync(writer.Inner, [SeedUsers.Admin], cancellationToken);
        writer.ActAs(SeedUsers.Id(SeedUsers.Admin));
        await SeedUsers.CreateAsync(writer.Inner, [SeedUsers.Ann, SeedUsers.Ben, SeedUsers.Cleo], cancellationToken);
        await SeedUsers.CreateTeamAsync(writer.Inner, cancellationToken);
        await SeedStakeholders.CreateRolesAsync(writer.Inner, cancellationToken);
        await writer.CreateAsync(DataverseSchema.Account.EntitySetName, CorpusRows.Account(Account, "Corpus Base Ltd"), cancellationToken);
    }
}

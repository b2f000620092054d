using MsiDynamics.Emulators.Dataverse;

namespace MsiDynamics.Sandbox.Main;

/// <summary>
/// A realistic small organisation, written through the Dataverse Web API so the real plug-in steps queue each change
/// as Dynamics would: five users, a team, eleven accounts, twenty-five contacts, fifteen leads, nine opportunities and
/// their stakeholders, with the awkward rows a real organisation has (see each Seed* type). Fixed data and fixed ids:
/// every run seeds the same organisation. <see cref="CreateAsync"/> is the first day, <see cref="ChangeAsync"/> the
/// second, after the worker has drained the first.
/// </summary>
internal sealed class OrganisationSeed(DataverseEmulator dataverse, WebApiWriter writer)
{
    /// <summary>
    /// The first day. The administrator is provisioned by the environment's application user (a token that is not a
    /// JWT stands for it in the emulator) and seeds everything else under her own token, so the worker's budget
    /// (dataverse.md §0.12) is its own.
    /// </summary>
    public async Task CreateAsync(CancellationToken cancellationToken)
    {
        writer.ActAs("sandbox-provisioning");
        await SeedUsers.CreateAsync(writer, [SeedUsers.Admin], cancellationToken);
        writer.ActAs(dataverse.TokenFor(SeedUsers.Id(SeedUsers.Admin)));
        await SeedUsers.CreateAsync(writer, [.. SeedUsers.All.Select(u => u.Key).Where(k => k != SeedUsers.Admin)], cancellationToken);
        await SeedUsers.CreateTeamAsync(writer, cancellationToken);
        await SeedStakeholders.CreateRolesAsync(writer, cancellationToken);
        await SeedAccounts.CreateAsync(writer, cancellationToken);
        await SeedContacts.CreateAsync(writer, cancellationToken);
        await SeedLeads.CreateAsync(writer, cancellationToken);
        await SeedDeals.CreateAsync(writer, cancellationToken);
        await SeedStakeholders.CreateConnectionsAsync(writer, cancellationToken);
    }

    /// <summary>The second day's edits, renames and deletes (<see cref="SeedChanges"/>).</summary>
    public Task ChangeAsync(CancellationToken cancellationToken)
    {
        writer.ActAs(dataverse.TokenFor(SeedUsers.Id(SeedUsers.Admin)));
        return SeedChanges.ApplyAsync(writer, cancellationToken);
    }
}

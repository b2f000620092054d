using MsiDynamics.Schema;

namespace MsiDynamics.Sandbox.Main;

/// <summary>
/// The organisation's people and team: an administrator who seeds the rest, three sales reps, a rep who leaves (disabled
/// on the second day; a disabled user keeps owning records and stays a sales person, marketo.md §3.2), and the "Key
/// Accounts" team that owns an account (a team owner gives no sales person, marketo.md §7).
/// </summary>
internal static class SeedUsers
{
    public const string Admin = "ada";
    public const string Ann = "ann";
    public const string Ben = "ben";
    public const string Cleo = "cleo";
    public const string Dan = "dan";

    /// <summary>The owner key of rows the team owns.</summary>
    public const string KeyAccounts = "team";

    /// <summary>The users: key, first name, last name. Each one's address is first.last@contoso.example.</summary>
    public static readonly (string Key, string First, string Last)[] All =
    [
        (Admin, "Ada", "Admin"),
        (Ann, "Ann", "Seller"),
        (Ben, "Ben", "Closer"),
        (Cleo, "Cleo", "Hunter"),
        (Dan, "Dan", "Leaver"),
    ];

    public static Guid Team { get; } = SeedIds.Of("team:key-accounts");

    public static Guid Id(string key) => SeedIds.Of("systemuser:" + key);

    /// <summary>The user's Entra object id: the <c>oid</c> of the tokens that stand for the user.</summary>
    public static Guid ObjectId(string key) => SeedIds.Of("oid:" + key);

    public static string Email(string first, string last) => $"{first}.{last}@contoso.example".ToLowerInvariant();

    /// <summary><paramref name="body"/> owned by the user <paramref name="owner"/>, or by the team for <see cref="KeyAccounts"/>.</summary>
    public static System.Text.Json.Nodes.JsonObject OwnedBy(this System.Text.Json.Nodes.JsonObject body, string owner) =>
        owner == KeyAccounts
            ? body.Bind(DataverseSchema.Common.OwnerId, "teams", Team)
            : body.Bind(DataverseSchema.Common.OwnerId, DataverseSchema.SystemUser.EntitySetName, Id(owner));

    /// <summary>Creates the users among <paramref name="keys"/>; the caller's token must stand for a user allowed to create users.</summary>
    public static async Task CreateAsync(WebApiWriter writer, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        foreach (var (key, first, last) in All.Where(u => keys.Contains(u.Key)))
        {
            await writer.CreateAsync(DataverseSchema.SystemUser.EntitySetName, RowBody.Of(
                (DataverseSchema.SystemUser.Id, Id(key)),
                ("firstname", first),
                ("lastname", last),
                ("internalemailaddress", Email(first, last)),
                ("domainname", Email(first, last)),
                ("azureactivedirectoryobjectid", ObjectId(key)),
                ("isdisabled", false)), cancellationToken);
        }
    }

    /// <summary>The team that owns Contoso Pharmaceuticals.</summary>
    public static Task CreateTeamAsync(WebApiWriter writer, CancellationToken cancellationToken) =>
        writer.CreateAsync("teams", RowBody.Of(("teamid", Team), ("name", "Key Accounts")), cancellationToken);
}

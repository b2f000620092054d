namespace MsiDynamics.Solution.Packer.Roles;

/// <summary>One privilege of a security role and its depth (Basic, Local, Deep or Global).</summary>
internal sealed record RolePrivilege(string Name, string Level);

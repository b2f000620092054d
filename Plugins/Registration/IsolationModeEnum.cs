/// <summary>spkl's isolation mode; spkl maps <see cref="Sandbox"/> to the assembly isolation mode 2.</summary>
public enum IsolationModeEnum
{
    None = 0,
    Sandbox = 1,
}

namespace Microsoft.Xrm.Sdk;

/// <summary>A plug-in: the platform calls <see cref="Execute"/> once per registered step that fires.</summary>
public interface IPlugin
{
    void Execute(IServiceProvider serviceProvider);
}

using System.Reflection;
using MsiDynamics.Plugins.Steps;

namespace MsiDynamics.Sandbox.Hosting;

/// <summary>The plug-in assembly the solution deploys, whose registered steps the Dataverse emulator runs.</summary>
internal static class PluginAssembly
{
    public static Assembly Capture => typeof(CapturePlugin).Assembly;
}

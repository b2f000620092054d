using System.Reflection;
using MsiDynamics.Plugins.Steps;

namespace MsiDynamics.Emulators.Tests.Dataverse.WebApi;

/// <summary>The product's plug-in assembly, passed to the emulator as the sandbox passes it.</summary>
internal static class CapturePlugins
{
    public static Assembly Assembly => typeof(CapturePlugin).Assembly;
}

using MsiDynamics.Sandbox.Hosting;

return await SandboxCommand.RunAsync(args);

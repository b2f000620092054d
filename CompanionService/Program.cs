using System.CommandLine;
using MsiDynamics.CompanionService.Service;

// The companion worker's entry point: `run` (the service) or `drain --once`; see `--help`. The Generic Host handles
// Ctrl+C and service stops, so the command line leaves process termination to it.
var configuration = new InvocationConfiguration { ProcessTerminationTimeout = null };
return await WorkerCommandLine.Create().Parse(args).InvokeAsync(configuration).ConfigureAwait(false);

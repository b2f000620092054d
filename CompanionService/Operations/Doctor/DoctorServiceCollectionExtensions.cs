using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MsiDynamics.CompanionService.Marketo.SalesPersons;
using MsiDynamics.CompanionService.Operations.Doctor.Checks;

namespace MsiDynamics.CompanionService.Operations.Doctor;

/// <summary>Registers <c>doctor</c>'s checks, in the order they run, on top of <c>AddMsiWorker</c>'s clients.</summary>
internal static class DoctorServiceCollectionExtensions
{
    public static IServiceCollection AddDoctor(this IServiceCollection services)
    {
        services.TryAddTransient<DoctorDataverse>();
        services.TryAddTransient<SalesPersonEmails>();
        services.TryAddTransient<DoctorRun>();

        // The order matters: the connection checks first, the checks that need them after.
        services.AddTransient<IDoctorCheck, DataverseConnectionCheck>();
        services.AddTransient<IDoctorCheck, ApplicationUserCheck>();
        services.AddTransient<IDoctorCheck, SolutionTablesCheck>();
        services.AddTransient<IDoctorCheck, MsiColumnsCheck>();
        services.AddTransient<IDoctorCheck, SyncSettingsCheck>();
        services.AddTransient<IDoctorCheck, PluginStepsCheck>();
        services.AddTransient<IDoctorCheck, RetentionCheck>();
        services.AddTransient<IDoctorCheck, MarketoCredentialsCheck>();
        services.AddTransient<IDoctorCheck, MarketoDescribeCheck>();
        services.AddTransient<IDoctorCheck, MsiFieldsCheck>();
        services.AddTransient<IDoctorCheck, SalesPersonEmailsCheck>();
        services.AddTransient<IDoctorCheck, QuotaHeadroomCheck>();
        return services;
    }
}

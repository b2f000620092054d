using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using MsiDynamics.Emulators.Dataverse;
using MsiDynamics.Emulators.Kit.Hosting;
using MsiDynamics.Emulators.Marketo;
using MsiDynamics.Schema;

namespace MsiDynamics.Sandbox.Hosting;

/// <summary>
/// What a person at a terminal needs to watch a change flow both ways while the sandbox keeps running
/// (<c>--keep-running</c>): a loopback endpoint that plays Marketo Sales Insight recording an interesting moment for a
/// person (MSI has no REST call for it: its fields are read-only, marketo.md §4.1), and one that shows a person side by
/// side — the Marketo lead's fields and the Dynamics row's MSI columns. It is the sandbox's, not an emulated service's.
/// </summary>
internal static class SandboxControl
{
    public const string MomentsPath = "/interesting-moments";

    public const string PersonsPath = "/persons";

    /// <summary>Starts the control endpoints on a free loopback port and returns the running app and its URL.</summary>
    public static async Task<(WebApplication App, Uri Url)> StartAsync(
        DataverseEmulator dataverse, MarketoEmulator marketo, CancellationToken cancellationToken)
    {
        var builder = LoopbackApp.CreateBuilder(0, _ => { });
        var app = builder.Build();
        app.MapPost(MomentsPath, (string email, string? type, string? description, string? source) =>
            Lead(marketo, email) is { } lead
                ? Results.Json(new JsonObject
                {
                    ["leadId"] = lead.Id,
                    ["activityId"] = marketo.RecordInterestingMoment(
                        lead.Id, type ?? "Web", description ?? "Visited the pricing page", source ?? "Sandbox"),
                })
                : Results.NotFound($"No Marketo lead has the e-mail address '{email}'."));
        app.MapGet(PersonsPath, (string email) => Lead(marketo, email) is { } lead
            ? Results.Json(Person(dataverse, lead))
            : Results.NotFound($"No Marketo lead has the e-mail address '{email}'."));
        return (app, await LoopbackApp.StartAsync(app, cancellationToken));
    }

    private static Lead? Lead(MarketoEmulator marketo, string email) =>
        marketo.Store.Leads.FirstOrDefault(l => string.Equals(l.Email, email, StringComparison.OrdinalIgnoreCase));

    private static JsonObject Person(DataverseEmulator dataverse, Lead lead)
    {
        var marketo = new JsonObject
        {
            ["id"] = lead.Id,
            ["email"] = lead.Email,
            ["firstName"] = lead["firstName"],
            ["lastName"] = lead["lastName"],
            ["title"] = lead["title"],
            ["externalPersonId"] = lead.ExternalPersonId,
            ["externalCompanyId"] = lead.ExternalCompanyId,
            ["externalSalesPersonId"] = lead.ExternalSalesPersonId,
            ["msiLastInterestingMomentType"] = lead.MsiLastInterestingMomentType,
            ["msiLastInterestingMomentDate"] = lead.MsiLastInterestingMomentDate?.ToString("O"),
            ["msiLastInterestingMomentDesc"] = lead.MsiLastInterestingMomentDesc,
            ["priority"] = lead.Priority,
            ["relativeUrgency"] = lead.RelativeUrgency,
        };
        var person = new JsonObject { ["marketo"] = marketo };
        if (lead.ExternalPersonId is { } external && Guid.TryParse(external, out var id))
        {
            foreach (var table in new[] { DataverseSchema.Lead.EntityName, DataverseSchema.Contact.EntityName })
            {
                if (dataverse.Organization.Rows(table).FirstOrDefault(r => r.Id == id) is { } row)
                {
                    var columns = new JsonObject { ["table"] = table, ["id"] = id.ToString("D") };
                    foreach (var column in DataverseSchema.MsiColumns.All)
                    {
                        columns[column] = row.Attributes.TryGetValue(column, out var value) && value is not null
                            ? JsonValue.Create(value is DateTime date ? date.ToString("O") : value.ToString())
                            : null;
                    }

                    person["dynamics"] = columns;
                }
            }
        }

        return person;
    }
}

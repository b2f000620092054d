using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Xrm.Sdk;
using MsiDynamics.CompanionService.Operations.Verify;
using MsiDynamics.CompanionService.Service;
using MsiDynamics.CompanionService.WriteBack;
using MsiDynamics.Emulators.Dataverse.Pipeline;
using MsiDynamics.Emulators.Marketo;
using MsiDynamics.Schema;
using M = MsiDynamics.Schema.DataverseSchema.MsiColumns;

namespace MsiDynamics.Sandbox.Main;

/// <summary>
/// The main job's second half: the worker's real write-back and <c>verify --all</c>, each under the drain lease as the
/// worker's commands run them. A first write-back sets the activity position (and compares every synced person once);
/// then Marketo Sales Insight "acts" in the Marketo emulator — interesting moments for two leads and two contacts, score
/// and urgency changes for another — and the incremental write-back must bring exactly those values to their Dynamics rows.
/// </summary>
internal static class SandboxWriteBack
{
    public static async Task<SandboxMsi> RunAsync(
        IServiceProvider services, InMemoryOrganization org, MarketoEmulator marketo, CancellationToken cancellationToken)
    {
        var runner = services.GetRequiredService<DrainRunner>();
        var cycle = services.GetRequiredService<WriteBackCycle>();
        var baseline = await UnderLease(runner, ct => cycle.RunOnceAsync(full: false, ct), cancellationToken);

        var persons = Persons(org, marketo);
        var moments = new List<string>();
        var touched = new List<(Lead Lead, Entity Row)>();
        foreach (var (lead, row) in persons.Where(p => p.Row.LogicalName == DataverseSchema.Lead.EntityName).Take(2)
            .Concat(persons.Where(p => p.Row.LogicalName == DataverseSchema.Contact.EntityName).Take(2)))
        {
            marketo.RecordInterestingMoment(lead.Id, "Web", $"Visited the pricing page ({lead.Email})", "Web page visit");
            moments.Add($"interesting moment for {row.LogicalName} {lead.Email}");
            touched.Add((lead, row));
        }

        if (persons.Skip(4).FirstOrDefault() is { Lead: not null } scored)
        {
            marketo.RecordMsiScoreChange(scored.Lead.Id, priority: 72, relativeUrgency: 41, relativeScore: 88);
            moments.Add($"priority, urgency and relative score changed for {scored.Row.LogicalName} {scored.Lead.Email}");
            touched.Add(scored);
        }

        var incremental = await UnderLease(runner, ct => cycle.RunOnceAsync(full: false, ct), cancellationToken);
        var mismatches = touched.SelectMany(t => Mismatches(marketo.Store.FindLead(t.Lead.Id)!, org.Find(t.Row.LogicalName, t.Row.Id)!)).ToList();
        var verify = await UnderLease(runner, ct => MarketoVerification.From(services).RunAsync(new VerifyScope(null, VerifyScope.AllTables), ct), cancellationToken);
        return new SandboxMsi(baseline, moments, incremental, mismatches, verify);
    }

    private static async Task<T> UnderLease<T>(DrainRunner runner, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        var (held, result) = await runner.UnderLeaseAsync(work, cancellationToken);
        return held && result is not null
            ? result
            : throw new InvalidOperationException("Another worker holds the drain lease of the sandbox's organisation.");
    }

    /// <summary>Marketo persons that stand for a Dynamics lead or contact, with that row, in Marketo id order.</summary>
    private static List<(Lead Lead, Entity Row)> Persons(InMemoryOrganization org, MarketoEmulator marketo) =>
    [
        .. marketo.Store.Leads.OrderBy(l => l.Id)
            .Select(l => (Lead: l, Row: Guid.TryParse(l.ExternalPersonId, out var id)
                ? org.Find(DataverseSchema.Lead.EntityName, id) ?? org.Find(DataverseSchema.Contact.EntityName, id)
                : null))
            .Where(p => p.Row is not null)
            .Select(p => (p.Lead, p.Row!)),
    ];

    /// <summary>Each MSI column of <paramref name="row"/> that differs from the field of Marketo's <paramref name="lead"/>, in words.</summary>
    internal static IEnumerable<string> Mismatches(Lead lead, Entity row)
    {
        var expected = new (string Column, object? Value)[]
        {
            (M.LastInterestingMomentType, lead.MsiLastInterestingMomentType),
            (M.LastInterestingMomentDesc, lead.MsiLastInterestingMomentDesc),
            (M.LastInterestingMomentSource, lead.MsiLastInterestingMomentSource),
            (M.LastInterestingMomentDate, lead.MsiLastInterestingMomentDate?.UtcDateTime),
            (M.Priority, lead.Priority),
            (M.RelativeUrgency, lead.RelativeUrgency),
            (M.RelativeScore, lead.RelativeScore),
        };
        foreach (var (column, value) in expected)
        {
            var actual = row.Attributes.TryGetValue(column, out var held) ? held : null;
            if (!Equals(Text(actual), Text(value)))
            {
                yield return $"{row.LogicalName} {lead.Email}: {column} is '{Text(actual) ?? "empty"}' in Dynamics, '{Text(value) ?? "empty"}' in Marketo";
            }
        }
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateTime date => date.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}

using System.Globalization;
using MsiDynamics.CompanionService.Marketo.Describe;

namespace MsiDynamics.CompanionService.Operations.Verify;

/// <summary><c>verify</c>'s output for a person: what was read, a table of counts per object type, then each finding with what to do.</summary>
public static class VerifyText
{
    private static readonly string[] Headings = ["Marketo object", "Checked", "Skipped", "Missing", "Mislinked", "E-mail differs"];

    /// <summary>Writes <paramref name="result"/> to <paramref name="output"/>, for an administrator to read.</summary>
    public static void Write(TextWriter output, VerifyResult result)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        output.WriteLine($"Checked {result.Scope}.");
        if (result.DisabledTables.Count > 0)
        {
            output.WriteLine($"Not checked, sync switched off in the MSI sync settings: {string.Join(", ", result.DisabledTables)}.");
        }

        output.WriteLine();
        var rows = result.Types.Select(t => new[]
        {
            Label(t.Type), Number(t.Checked), Number(t.Skipped), Number(t.Missing), Number(t.Mislinked),
            t.Type == MarketoObjectType.SalesPersons ? Number(t.EmailMismatches) : "-",
        }).Prepend(Headings).ToList();
        var widths = Enumerable.Range(0, Headings.Length).Select(i => rows.Max(r => r[i].Length)).ToArray();
        foreach (var row in rows)
        {
            output.WriteLine(string.Join("  ", row.Select((cell, i) => i == 0 ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i]))).TrimEnd());
        }

        output.WriteLine();
        if (result.Findings.Count > 0)
        {
            output.WriteLine($"Findings ({Number(result.Findings.Count)}):");
            foreach (var finding in result.Findings)
            {
                output.WriteLine($"- {Label(finding.Kind)}: {finding.Table} '{finding.Name}' ({finding.Id})");
                output.WriteLine($"    {finding.Detail}");
                output.WriteLine($"    What to do: {finding.Action}");
            }

            output.WriteLine();
        }

        output.WriteLine($"Cost: {Number(result.MarketoCalls)} Marketo calls (counted against the daily quota), {Number(result.DataverseRequests)} Dataverse requests.");
        output.WriteLine(result.Stopped is { } stop ? $"Stopped before the end: {stop}"
            : result.Findings.Count == 0 ? "Clean: Marketo holds every checked record, linked as in Dynamics."
            : $"Not clean: {Number(result.Findings.Count)} findings.");
    }

    /// <summary>An object type as the table names it, e.g. "Persons (leads, contacts)".</summary>
    public static string Label(MarketoObjectType type) => type switch
    {
        MarketoObjectType.SalesPersons => "Sales persons",
        MarketoObjectType.Companies => "Companies",
        MarketoObjectType.Leads => "Persons (leads, contacts)",
        MarketoObjectType.Opportunities => "Opportunities",
        MarketoObjectType.OpportunityRoles => "Opportunity roles",
        _ => type.ToString(),
    };

    private static string Label(VerifyFindingKind kind) => kind switch
    {
        VerifyFindingKind.Missing => "Missing in Marketo",
        VerifyFindingKind.EmailMismatch => "Sales person e-mail differs",
        VerifyFindingKind.CompanyMislinked => "Linked to another company",
        VerifyFindingKind.CompanyAbsent => "Company absent",
        VerifyFindingKind.SalesPersonMislinked => "Linked to another sales person",
        VerifyFindingKind.SalesPersonAbsent => "Sales person absent",
        VerifyFindingKind.RoleOpportunityAbsent => "Role's opportunity absent",
        VerifyFindingKind.RoleLeadAbsent => "Role's lead absent",
        VerifyFindingKind.RoleLeadNotContact => "Role names another lead",
        _ => kind.ToString(),
    };

    private static string Number(long n) => n.ToString(CultureInfo.InvariantCulture);
}

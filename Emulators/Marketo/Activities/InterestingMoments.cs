using System.Text.Json.Nodes;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// What Marketo Sales Insight does when a lead has an interesting moment: it sets the lead's read-only
/// MSI fields (marketo.md §4.1) and logs an "Interesting Moment" activity. How MSI computes priority,
/// urgency and relative score is not documented; the emulator raises each by a fixed step, capped at 100.
/// </summary>
internal static class InterestingMoments
{
    private const int PriorityStep = 10;
    private const int UrgencyStep = 20;
    private const int ScoreStep = 5;

    /// <summary>The smart campaign whose "Interesting Moment" flow step the emulator plays (an emulator id).</summary>
    public const int CampaignId = 1001;

    public static int Record(MarketoStore store, DateTimeOffset now, int leadId, string type, string description, string source)
    {
        lock (store.Gate)
        {
            var lead = Find(store, leadId);
            var fields = FieldValues.Copy(lead.Fields);
            fields[LeadFields.MsiType] = type;
            fields[LeadFields.MsiDate] = FieldValues.Timestamp(now);
            fields[LeadFields.MsiDesc] = description;
            fields[LeadFields.MsiSource] = source;
            fields[LeadFields.Priority] = Math.Min(100, (lead.Priority ?? 0) + PriorityStep);
            fields[LeadFields.RelativeUrgency] = Math.Min(100, (lead.RelativeUrgency ?? 0) + UrgencyStep);
            fields[LeadFields.RelativeScore] = Math.Min(100, (lead.RelativeScore ?? 0) + ScoreStep);
            fields[LeadFields.UpdatedAt] = FieldValues.Timestamp(now);
            store.LeadTable.Put(new Lead(leadId, fields));
            var activity = store.AppendActivity(
                leadId,
                ActivityTypes.InterestingMoment,
                new ActivityPrimary(description, null, CampaignId),
                [("Type", type), ("Source", source), ("Description", description)],
                now);
            return activity.Id;
        }
    }

    /// <summary>
    /// Changes the MSI scores without an activity, as MSI's periodic recalculation does; this is why the
    /// write-back also runs a full reconcile (architecture.md §3 step 5).
    /// </summary>
    public static void SetScores(MarketoStore store, DateTimeOffset now, int leadId, int? priority, int? relativeUrgency, int? relativeScore)
    {
        lock (store.Gate)
        {
            var fields = FieldValues.Copy(Find(store, leadId).Fields);
            fields[LeadFields.Priority] = priority is { } p ? JsonValue.Create(p) : null;
            fields[LeadFields.RelativeUrgency] = relativeUrgency is { } u ? JsonValue.Create(u) : null;
            fields[LeadFields.RelativeScore] = relativeScore is { } s ? JsonValue.Create(s) : null;
            fields[LeadFields.UpdatedAt] = FieldValues.Timestamp(now);
            store.LeadTable.Put(new Lead(leadId, fields));
        }
    }

    private static Lead Find(MarketoStore store, int leadId) =>
        store.LeadTable.Get(leadId)
        ?? throw new ArgumentException($"The Marketo emulator has no lead {leadId}; sync or seed it first.", nameof(leadId));
}

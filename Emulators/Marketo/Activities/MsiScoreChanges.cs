using System.Globalization;
using System.Text.Json.Nodes;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// A change of a lead's MSI scores that Marketo logs: each changed field gets an activity, as a "Change Score" flow
/// step or a data value change does (Adobe I/O Events' event list: Change Score 22, Change Data Value 13; ids in
/// <see cref="ActivityTypes"/>). Which of the two MSI's fields log is not documented: the emulator logs the relative
/// score as a "Change Score" and priority and relative urgency as a "Change Data Value", each naming the field's display
/// name as its primary attribute (an assumption, docs/writeback.md). <see cref="InterestingMoments.SetScores"/> keeps the
/// silent change MSI's periodic recalculation makes.
/// </summary>
internal static class MsiScoreChanges
{
    /// <summary>The fields an activity can name, with their describe id and display name (<see cref="LeadFields"/>).</summary>
    private static readonly (string Field, int FieldId, string DisplayName, int TypeId)[] Fields =
    [
        (LeadFields.Priority, 2001, "Priority", ActivityTypes.ChangeDataValue),
        (LeadFields.RelativeUrgency, 2002, "Relative Urgency", ActivityTypes.ChangeDataValue),
        (LeadFields.RelativeScore, 2003, "Relative Score", ActivityTypes.ChangeScore),
    ];

    /// <summary>
    /// Sets each given score that differs from the lead's and logs one activity per changed field; returns the activity
    /// ids. Throws for an unknown lead.
    /// </summary>
    public static IReadOnlyList<int> Record(MarketoStore store, DateTimeOffset now, int leadId, int? priority, int? relativeUrgency, int? relativeScore)
    {
        lock (store.Gate)
        {
            var lead = store.LeadTable.Get(leadId)
                ?? throw new ArgumentException($"The Marketo emulator has no lead {leadId}; sync or seed it first.", nameof(leadId));
            var fields = FieldValues.Copy(lead.Fields);
            var wanted = new int?[] { priority, relativeUrgency, relativeScore };
            var ids = new List<int>();
            for (var i = 0; i < Fields.Length; i++)
            {
                var (field, fieldId, displayName, typeId) = Fields[i];
                var old = FieldValues.Integer(fields[field]);
                if (wanted[i] is not { } value || value == old)
                {
                    continue;
                }

                fields[field] = value;
                var text = value.ToString(CultureInfo.InvariantCulture);
                var oldText = old?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
                var attributes = typeId == ActivityTypes.ChangeScore
                    ? new[] { ("Change Value", (value - (old ?? 0)).ToString("+0;-0;0", CultureInfo.InvariantCulture)), ("New Value", text), ("Old Value", oldText), ("Reason", "Sales Insight") }
                    : [("New Value", text), ("Old Value", oldText), ("Reason", "Sales Insight"), ("Source", "Sales Insight")];
                ids.Add(store.AppendActivity(leadId, typeId, new ActivityPrimary(displayName, fieldId, null), attributes, now).Id);
            }

            fields[LeadFields.UpdatedAt] = FieldValues.Timestamp(now);
            store.LeadTable.Put(new Lead(leadId, fields));
            return ids;
        }
    }
}

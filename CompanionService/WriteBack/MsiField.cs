namespace MsiDynamics.CompanionService.WriteBack;

/// <summary>The seven values Marketo Sales Insight computes per lead (marketo.md §4.1), each written to one Dynamics column.</summary>
public enum MsiField
{
    /// <summary><c>msiLastInterestingMomentType</c>.</summary>
    LastInterestingMomentType,

    /// <summary><c>msiLastInterestingMomentDate</c>.</summary>
    LastInterestingMomentDate,

    /// <summary><c>msiLastInterestingMomentDesc</c>.</summary>
    LastInterestingMomentDesc,

    /// <summary><c>msiLastInterestingMomentSource</c>.</summary>
    LastInterestingMomentSource,

    /// <summary><c>priority</c> ("Engagement" in the MSI doc).</summary>
    Priority,

    /// <summary><c>relativeUrgency</c>.</summary>
    RelativeUrgency,

    /// <summary><c>relativeScore</c>, or <c>relativeScoring</c> where the instance uses that name (D8).</summary>
    RelativeScore,
}

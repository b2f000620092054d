namespace MsiDynamics.Sandbox.Main;

/// <summary>The five Marketo objects MsiDynamics keeps in step with Dynamics, in push order (architecture.md §1).</summary>
internal enum MarketoObjectKind
{
    SalesPerson,
    Company,
    Person,
    Opportunity,
    OpportunityRole,
}

using MsiDynamics.Sandbox.Main;
using static MsiDynamics.Sandbox.Tests.Main.StateBuilder;

namespace MsiDynamics.Sandbox.Tests.Main;

/// <summary>
/// The main job passes only when Marketo equals the projection of the CRM state, so every kind of difference must be
/// reported, in words that name the object, and an equal state must report none.
/// </summary>
public sealed class ProjectionComparisonTests
{
    [Test]
    public void An_equal_state_has_no_difference()
    {
        var differences = ProjectionComparison.Compare(new MarketoState(Organisation()), new MarketoState(Organisation()));

        Assert.That(differences, Is.Empty);
    }

    [Test]
    public void A_company_Marketo_lacks_is_reported_missing_by_name()
    {
        var held = Organisation().Where(o => o.Key != Northwind).ToList();

        var differences = ProjectionComparison.Compare(new MarketoState(Organisation()), new MarketoState(held));

        Assert.That(differences, Is.EqualTo(new[] { $"Missing in Marketo: company 'Northwind Traders' ({Northwind})." }));
    }

    [Test]
    public void An_opportunity_deleted_in_Dynamics_but_still_in_Marketo_is_reported_extra()
    {
        const string Deleted = "00000000-0000-0000-0000-0000000000e9";
        var held = Organisation().Append(Opportunity(Deleted, "Proseware pilot", Fabrikam, Ann)).ToList();

        var differences = ProjectionComparison.Compare(new MarketoState(Organisation()), new MarketoState(held));

        Assert.That(differences, Has.Count.EqualTo(1));
        Assert.That(differences[0], Does.StartWith($"Extra in Marketo: opportunity 'Proseware pilot' ({Deleted})"));
    }

    [Test]
    public void The_person_of_a_deleted_contact_may_stay_in_Marketo()
    {
        const string Gone = "00000000-0000-0000-0000-0000000000c9";
        var held = Organisation().Append(Person(Gone, "gone@fabrikam.example", Fabrikam, Ann)).ToList();

        var differences = ProjectionComparison.Compare(
            new MarketoState(Organisation(), mayExist: [(MarketoObjectKind.Person, Gone)]), new MarketoState(held));

        Assert.That(differences, Is.Empty);
    }

    [Test]
    public void A_person_linked_to_another_company_is_reported_with_both_companies_named()
    {
        var held = Organisation().Select(o => o.Key == Cy ? Person(Cy, "cy@fabrikam.example", Northwind, Ann) : o).ToList();

        var differences = ProjectionComparison.Compare(new MarketoState(Organisation()), new MarketoState(held));

        Assert.That(differences, Is.EqualTo(new[]
        {
            $"person 'cy@fabrikam.example' ({Cy}): its company is company 'Northwind Traders' ({Northwind}) in Marketo, "
            + $"expected company 'Fabrikam Ltd' ({Fabrikam}).",
        }));
    }

    [Test]
    public void A_company_without_its_owner_s_sales_person_is_reported()
    {
        var held = Organisation().Select(o => o.Key == Fabrikam ? Company(Fabrikam, "Fabrikam Ltd", null) : o).ToList();

        var differences = ProjectionComparison.Compare(new MarketoState(Organisation()), new MarketoState(held));

        Assert.That(differences.Single(), Does.Contain("its sales person is none in Marketo, expected sales person 'ann.seller@contoso.example'"));
    }

    [Test]
    public void A_field_with_another_value_is_reported_with_both_values()
    {
        var held = Organisation().Select(o => o.Key == Renewal ? Opportunity(Renewal, "Fabrikam renewal 2026", Fabrikam, Ann) : o).ToList();

        var differences = ProjectionComparison.Compare(new MarketoState(Organisation()), new MarketoState(held));

        Assert.That(differences, Is.EqualTo(new[]
        {
            $"opportunity 'Fabrikam renewal' ({Renewal}): name is 'Fabrikam renewal 2026' in Marketo, expected 'Fabrikam renewal'.",
        }));
    }

    [Test]
    public void Numbers_written_differently_are_the_same_value()
    {
        var expected = Organisation();
        var held = Organisation().Select(o => o.Key == Renewal ? o with { Fields = new Dictionary<string, string?> { ["name"] = "Fabrikam renewal", ["amount"] = "120000" } } : o).ToList();

        Assert.That(ProjectionComparison.Compare(new MarketoState(expected), new MarketoState(held)), Is.Empty);
    }

    [Test]
    public void A_role_naming_another_person_is_one_missing_role_and_one_extra()
    {
        const string Raj = "00000000-0000-0000-0000-0000000000c2";
        var expected = Organisation().Append(Person(Raj, "raj@fabrikam.example", Fabrikam, Ann)).ToList();
        var held = expected.Select(o => o.Kind == MarketoObjectKind.OpportunityRole ? Role(Renewal, Raj, "Champion") : o).ToList();

        var differences = ProjectionComparison.Compare(new MarketoState(expected), new MarketoState(held));

        Assert.That(differences, Has.Count.EqualTo(2));
        Assert.That(differences[0], Does.StartWith($"Missing in Marketo: opportunity role 'Champion' ({Renewal}/{Cy}/Champion)"));
        Assert.That(differences[1], Does.StartWith($"Extra in Marketo: opportunity role 'Champion' ({Renewal}/{Raj}/Champion)"));
    }

    [Test]
    public void One_Dynamics_row_held_twice_and_a_reference_to_nothing_are_reported()
    {
        var held = Organisation().Append(Person(Cy, "cy@fabrikam.example", Fabrikam, Ann)).ToList();

        var differences = ProjectionComparison.Compare(
            new MarketoState(Organisation()), new MarketoState(held, dangling: ["lead 42: externalCompanyId 'x' names no record"]));

        Assert.That(differences, Has.Count.EqualTo(2));
        Assert.That(differences[0], Does.StartWith($"Marketo holds 2 copies of person 'cy@fabrikam.example' ({Cy})"));
        Assert.That(differences[1], Is.EqualTo("Marketo refers to an object it lacks: lead 42: externalCompanyId 'x' names no record."));
    }
}

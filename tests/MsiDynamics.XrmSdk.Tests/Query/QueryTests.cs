using Microsoft.Xrm.Sdk.Query;

namespace MsiDynamics.XrmSdk.Tests.Query;

/// <summary>Query types' defaults and constructors (dataverse.md §1.3, §1.4).</summary>
public class QueryTests
{
    [Test]
    public void A_new_QueryExpression_has_an_And_criteria_and_an_empty_column_set()
    {
        var query = new QueryExpression("c");

        Assert.Multiple(() =>
        {
            Assert.That(query.EntityName, Is.EqualTo("c"));
            Assert.That(query.Criteria, Is.Not.Null);
            Assert.That(query.Criteria.FilterOperator, Is.EqualTo(LogicalOperator.And));
            Assert.That(query.ColumnSet, Is.Not.Null);
            Assert.That(query.ColumnSet.AllColumns, Is.False);
            Assert.That(query.ColumnSet.Columns, Is.Empty);
            Assert.That(query.Orders, Is.Empty);
            Assert.That(query.PageInfo, Is.Not.Null);
            Assert.That(query.TopCount, Is.Null);
        });
    }

    [Test]
    public void A_condition_with_an_int_array_spreads_its_values()
    {
        var condition = new ConditionExpression("x", ConditionOperator.In, new int[] { 0, 1 });

        Assert.That(condition.Values, Is.EqualTo(new object[] { 0, 1 }));
    }

    [Test]
    public void A_condition_with_params_values_keeps_each_value()
    {
        var condition = new ConditionExpression("x", ConditionOperator.In, 0, 1);

        Assert.That(condition.Values, Has.Count.EqualTo(2));
    }

    [Test]
    public void A_condition_with_one_value_keeps_it()
    {
        var condition = new ConditionExpression("statecode", ConditionOperator.Equal, 0);

        Assert.That((condition.AttributeName, condition.Operator, condition.Values.Single()), Is.EqualTo(("statecode", ConditionOperator.Equal, (object)0)));
    }

    [Test]
    public void A_condition_on_a_linked_entity_keeps_the_entity_name()
    {
        var condition = new ConditionExpression("a", "name", ConditionOperator.NotNull);

        Assert.That((condition.EntityName, condition.AttributeName, condition.Values.Count), Is.EqualTo(("a", "name", 0)));
    }

    [Test]
    public void AddCondition_and_AddFilter_build_a_tree()
    {
        var filter = new FilterExpression(LogicalOperator.Or);

        filter.AddCondition("statecode", ConditionOperator.Equal, 0);
        var child = filter.AddFilter(LogicalOperator.And);
        child.AddCondition(new ConditionExpression("name", ConditionOperator.BeginsWith, "A"));

        Assert.Multiple(() =>
        {
            Assert.That(filter.Conditions.Single().AttributeName, Is.EqualTo("statecode"));
            Assert.That(filter.Filters.Single(), Is.SameAs(child));
            Assert.That(child.Conditions.Single().Operator, Is.EqualTo(ConditionOperator.BeginsWith));
        });
    }

    [Test]
    public void ColumnSet_keeps_the_named_columns_in_order()
    {
        var columns = new ColumnSet("firstname", "lastname");

        columns.AddColumn("emailaddress1");
        columns.AddColumns("telephone1", "mobilephone");

        Assert.That(columns.Columns, Is.EqualTo(new[] { "firstname", "lastname", "emailaddress1", "telephone1", "mobilephone" }));
    }

    [Test]
    public void ColumnSet_of_all_columns() => Assert.That(new ColumnSet(true).AllColumns, Is.True);

    [Test]
    public void AddOrder_appends_an_order()
    {
        var query = new QueryExpression("contact");

        query.AddOrder("modifiedon", OrderType.Descending);

        Assert.That((query.Orders.Single().AttributeName, query.Orders.Single().OrderType), Is.EqualTo(("modifiedon", OrderType.Descending)));
    }

    [TestCase(ConditionOperator.Equal, 0)]
    [TestCase(ConditionOperator.NotNull, 13)]
    [TestCase(ConditionOperator.Yesterday, 14)]
    [TestCase(ConditionOperator.NextXYears, 40)]
    [TestCase(ConditionOperator.BeginsWith, 54)]
    [TestCase(ConditionOperator.ThisFiscalYear, 58)]
    [TestCase(ConditionOperator.InFiscalYear, 68)]
    [TestCase(ConditionOperator.InOrAfterFiscalPeriodAndYear, 72)]
    [TestCase(ConditionOperator.Under, 75)]
    [TestCase(ConditionOperator.Above, 78)]
    [TestCase(ConditionOperator.AboveOrEqual, 79)]
    [TestCase(ConditionOperator.EqualRoleBusinessId, 89)]
    public void ConditionOperator_values_match_the_real_SDK(ConditionOperator op, int value) => Assert.That((int)op, Is.EqualTo(value));

    [Test]
    public void ConditionOperator_has_every_value_from_0_to_89()
    {
        var values = Enum.GetValues<ConditionOperator>().Select(v => (int)v);

        Assert.That(values, Is.EqualTo(Enumerable.Range(0, 90)));
    }
}

using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace MsiDynamics.Emulators.Tests.Dataverse.Pipeline;

public sealed class QueryTests
{
    private static readonly Guid Owner = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

    [TestCase("name", ConditionOperator.Equal, new object[] { "contoso" }, "Contoso")]
    [TestCase("name", ConditionOperator.NotEqual, new object[] { "Contoso" }, "Fabrikam,Northwind,Woodgrove")]
    [TestCase("name", ConditionOperator.In, new object[] { "Fabrikam", "Northwind" }, "Fabrikam,Northwind")]
    [TestCase("name", ConditionOperator.NotIn, new object[] { "Fabrikam", "Northwind" }, "Contoso,Woodgrove")]
    [TestCase("telephone1", ConditionOperator.Null, new object[0], "Woodgrove")]
    [TestCase("telephone1", ConditionOperator.NotNull, new object[0], "Contoso,Fabrikam,Northwind")]
    [TestCase("telephone1", ConditionOperator.NotEqual, new object[] { "1" }, "Fabrikam,Northwind")]
    [TestCase("numberofemployees", ConditionOperator.GreaterThan, new object[] { 50 }, "Fabrikam,Northwind")]
    [TestCase("numberofemployees", ConditionOperator.GreaterEqual, new object[] { 50 }, "Contoso,Fabrikam,Northwind")]
    [TestCase("numberofemployees", ConditionOperator.LessThan, new object[] { 100 }, "Contoso,Woodgrove")]
    [TestCase("numberofemployees", ConditionOperator.LessEqual, new object[] { 100 }, "Contoso,Fabrikam,Woodgrove")]
    [TestCase("name", ConditionOperator.Like, new object[] { "%o_t%" }, "Contoso,Northwind")]
    [TestCase("name", ConditionOperator.BeginsWith, new object[] { "north" }, "Northwind")]
    [TestCase("name", ConditionOperator.EndsWith, new object[] { "O" }, "Contoso")]
    [TestCase("industrycode", ConditionOperator.Equal, new object[] { 2 }, "Fabrikam,Woodgrove")]
    [TestCase("revenue", ConditionOperator.GreaterThan, new object[] { 1000 }, "Northwind")]
    public void A_condition_selects_the_rows_it_describes(string column, ConditionOperator op, object[] values, string expected)
    {
        var test = Accounts();
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.Criteria.AddCondition(column, op, values);

        Assert.That(Names(test.Service.RetrieveMultiple(query)), Is.EqualTo(expected));
    }

    [Test]
    public void Conditions_on_lookups_compare_by_id()
    {
        var test = Accounts();
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.Criteria.AddCondition("ownerid", ConditionOperator.Equal, Owner);

        Assert.That(Names(test.Service.RetrieveMultiple(query)), Is.EqualTo("Fabrikam"));
    }

    [Test]
    public void Nested_or_inside_and_filters_combine_as_written()
    {
        var test = Accounts();
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.Criteria.AddCondition("numberofemployees", ConditionOperator.GreaterThan, 5);
        var either = query.Criteria.AddFilter(LogicalOperator.Or);
        either.AddCondition("name", ConditionOperator.BeginsWith, "C");
        either.AddCondition("telephone1", ConditionOperator.Null);

        Assert.That(Names(test.Service.RetrieveMultiple(query)), Is.EqualTo("Contoso,Woodgrove"));
    }

    [Test]
    public void Orders_top_count_and_the_column_set_shape_the_result()
    {
        var test = Accounts();
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name"), TopCount = 3 };
        query.AddOrder("industrycode", OrderType.Descending);
        query.AddOrder("name", OrderType.Ascending);

        var result = test.Service.RetrieveMultiple(query);

        Assert.That(Names(result), Is.EqualTo("Fabrikam,Woodgrove,Contoso"));
        Assert.That(result.Entities[0].Attributes.Keys, Is.EquivalentTo(new[] { "name", "accountid" }));
    }

    [TestCase(1, "Contoso,Fabrikam", true)]
    [TestCase(2, "Northwind,Woodgrove", false)]
    [TestCase(3, "", false)]
    public void Paging_returns_the_requested_page_and_says_whether_more_follow(int page, string expected, bool more)
    {
        var test = Accounts();
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.AddOrder("name", OrderType.Ascending);
        query.PageInfo = new PagingInfo { Count = 2, PageNumber = page };

        var result = test.Service.RetrieveMultiple(query);

        Assert.That((Names(result), result.MoreRecords), Is.EqualTo((expected, more)));
    }

    private static string Names(EntityCollection result) =>
        string.Join(",", result.Entities.Select(e => e.GetAttributeValue<string>("name")));

    private static TestOrganization Accounts()
    {
        var test = TestOrganization.With();
        test.Seed("account", ("name", "Contoso"), ("telephone1", "1"), ("numberofemployees", 50), ("industrycode", new OptionSetValue(1)), ("revenue", new Money(10m)));
        test.Seed("account", ("name", "Fabrikam"), ("telephone1", "2"), ("numberofemployees", 100), ("industrycode", new OptionSetValue(2)), ("ownerid", new EntityReference("systemuser", Owner)));
        test.Seed("account", ("name", "Northwind"), ("telephone1", "3"), ("numberofemployees", 500), ("revenue", new Money(5000m)));
        test.Seed("account", ("name", "Woodgrove"), ("numberofemployees", 10), ("industrycode", new OptionSetValue(2)));
        return test;
    }
}

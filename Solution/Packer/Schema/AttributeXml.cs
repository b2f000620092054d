using System.Globalization;
using System.Xml.Linq;

namespace MsiDynamics.Solution.Packer.Schema;

/// <summary>
/// Writes one column as the <c>&lt;attribute&gt;</c> element of an unpacked Entity.xml (dataverse.md §5.1: Type,
/// Name, LogicalName, RequiredLevel, DisplayMask, IsCustomField, Format, MaxLength, Length, displaynames).
/// </summary>
internal static class AttributeXml
{
    public static XElement For(SolutionTable table, SolutionColumn column)
    {
        var element = new XElement("attribute", new XAttribute("PhysicalName", column.LogicalName),
            new XElement("Type", column.XmlType),
            new XElement("Name", column.LogicalName),
            new XElement("LogicalName", column.LogicalName),
            new XElement("RequiredLevel", column.IsPrimaryName ? "required" : "none"),
            new XElement("DisplayMask", column.IsPrimaryName
                ? "PrimaryName|ValidForAdvancedFind|ValidForForm|ValidForGrid|RequiredForForm"
                : "ValidForAdvancedFind|ValidForForm|ValidForGrid"),
            new XElement("ValidForUpdateApi", 1),
            new XElement("ValidForReadApi", 1),
            new XElement("ValidForCreateApi", 1),
            new XElement("IsCustomField", 1),
            new XElement("IsAuditEnabled", 0),
            new XElement("IsSecured", 0),
            new XElement("IntroducedVersion", "1.0.0.0"),
            new XElement("IsCustomizable", 1),
            new XElement("IsRenameable", 1),
            new XElement("SourceType", 0));
        element.Add(KindElements(table, column));
        element.Add(new XElement("displaynames", Label("displayname", column.Label)));
        if (column.Description is { } description)
        {
            element.Add(new XElement("Descriptions", Label("Description", description)));
        }

        return element;
    }

    /// <summary>A <c>&lt;name description=… languagecode="1033" /&gt;</c> label.</summary>
    public static XElement Label(string name, string text) =>
        new(name, new XAttribute("description", text), new XAttribute("languagecode", 1033));

    private static IEnumerable<XElement> KindElements(SolutionTable table, SolutionColumn column)
    {
        switch (column.Kind)
        {
            case ColumnKind.Text:
            case ColumnKind.Multiline:
                var max = column.MaxLength ?? throw new InvalidOperationException($"{column.LogicalName}: a text column needs a length.");
                yield return new XElement("Format", column.Kind == ColumnKind.Text ? "text" : "textarea");
                yield return new XElement("MaxLength", max);
                yield return new XElement("Length", (max * 2).ToString(CultureInfo.InvariantCulture));
                break;
            case ColumnKind.WholeNumber:
                yield return new XElement("Format", "none");
                yield return new XElement("MinValue", int.MinValue);
                yield return new XElement("MaxValue", int.MaxValue);
                break;
            case ColumnKind.DateTime:
                yield return new XElement("Format", "datetime");
                yield return new XElement("Behavior", 1);
                break;
            case ColumnKind.YesNo:
                yield return new XElement("AppDefaultValue", column.DefaultYes ? 1 : 0);
                yield return OptionSet(table, column, "bit", [(1, "Yes"), (0, "No")]);
                break;
            case ColumnKind.Lookup:
                yield return new XElement("LookupStyle", "single");
                yield return new XElement("LookupTypes");
                break;
            case ColumnKind.Choice:
                yield return new XElement("AppDefaultValue", -1);
                yield return OptionSet(table, column, "picklist", column.ChoiceOptions());
                break;
        }
    }

    private static XElement OptionSet(SolutionTable table, SolutionColumn column, string type, IEnumerable<(int Value, string Label)> options) =>
        new("optionset", new XAttribute("Name", table.LogicalName + "_" + column.LogicalName),
            new XElement("OptionSetType", type),
            new XElement("IntroducedVersion", "1.0.0.0"),
            new XElement("IsCustomizable", 1),
            new XElement("displaynames", Label("displayname", column.Label)),
            new XElement("options", options.Select(o =>
                new XElement("option", new XAttribute("value", o.Value),
                    new XElement("labels", Label("label", o.Label))))));
}

namespace Microsoft.Xrm.Sdk;

/// <summary>Display strings of column values (option set labels, formatted money).</summary>
public sealed class FormattedValueCollection : DataCollection<string, string>
{
    public FormattedValueCollection()
    {
    }
}

namespace MsiDynamics.Emulators.Dataverse.WebApi.Query;

/// <summary>One token of a <c>$filter</c> expression, with its position for error messages.</summary>
internal sealed record FilterToken(FilterTokenKind Kind, string Text, int Position)
{
    public bool Is(FilterTokenKind kind, string? text = null) =>
        Kind == kind && (text is null || string.Equals(Text, text, StringComparison.Ordinal));
}

/// <summary>The kinds of <see cref="FilterToken"/>.</summary>
internal enum FilterTokenKind
{
    /// <summary>A property, function or keyword name (<c>lastname</c>, <c>eq</c>, <c>Microsoft.Dynamics.CRM.In</c>).</summary>
    Word,

    /// <summary>A quoted string, unescaped ('' in single quotes, JSON escapes in double quotes).</summary>
    String,

    /// <summary>An unquoted literal: number, GUID, date-time, true, false, null.</summary>
    Literal,

    /// <summary>A parameter alias such as <c>@p1</c>, replaced by its value before parsing.</summary>
    Alias,

    /// <summary>One of <c>( ) , = [ ]</c>.</summary>
    Punctuation,

    End,
}

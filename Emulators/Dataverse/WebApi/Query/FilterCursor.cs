using MsiDynamics.Emulators.Dataverse.WebApi.Faults;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Query;

/// <summary>Walks the tokens of one <c>$filter</c>, and names the position and the expected token when it stops.</summary>
internal sealed class FilterCursor(string text, List<FilterToken> tokens)
{
    private int _next;

    public FilterToken Peek => tokens[_next];

    public bool AtValue => Peek.Kind is FilterTokenKind.String or FilterTokenKind.Literal;

    /// <summary>Moves past the next token if it is the word or punctuation <paramref name="text"/>.</summary>
    public bool Skip(FilterTokenKind kind, string expected)
    {
        if (!Peek.Is(kind, expected))
        {
            return false;
        }

        _next++;
        return true;
    }

    public FilterToken Take(FilterTokenKind kind, string expected) => Peek.Kind == kind ? tokens[_next++] : throw Syntax(expected);

    public FilterToken TakeValue() => AtValue ? tokens[_next++] : throw Syntax("a value");

    public void Expect(string punctuation)
    {
        if (!Skip(FilterTokenKind.Punctuation, punctuation))
        {
            throw Syntax($"'{punctuation}'");
        }
    }

    /// <summary>One value ('x', 5) or an array of them (['a','b'], ["a","b"]), as text.</summary>
    public List<string> Values()
    {
        if (!Skip(FilterTokenKind.Punctuation, "["))
        {
            return [TakeValue().Text];
        }

        var values = new List<string>();
        while (!Skip(FilterTokenKind.Punctuation, "]"))
        {
            values.Add(TakeValue().Text);
            if (!Peek.Is(FilterTokenKind.Punctuation, "]"))
            {
                Expect(",");
            }
        }

        return values;
    }

    public ApiException Syntax(string expected) => ApiException.BadRequest(
        $"Syntax error at position {Peek.Position} in '{text}': expected {expected}, found '{(Peek.Kind == FilterTokenKind.End ? "the end" : Peek.Text)}'.");
}

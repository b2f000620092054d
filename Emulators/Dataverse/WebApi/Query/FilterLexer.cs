using System.Text;
using System.Text.Json;
using MsiDynamics.Emulators.Dataverse.WebApi.Faults;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Query;

/// <summary>
/// Splits a <c>$filter</c> into tokens. Strings are single-quoted with '' for a quote (<c>'O''Brian'</c>), or
/// double-quoted with JSON escapes inside arrays (<c>["O'Brian"]</c>; filter-rows "Manage single quotes").
/// Parameter aliases are replaced by the tokens of their value from the query (<c>@p1='lastname'</c>).
/// </summary>
internal static class FilterLexer
{
    private const string Punctuation = "(),=[]";

    public static List<FilterToken> Tokenize(string text, Func<string, string?> alias)
    {
        var tokens = new List<FilterToken>();
        foreach (var token in Scan(text))
        {
            if (token.Kind != FilterTokenKind.Alias)
            {
                tokens.Add(token);
                continue;
            }

            var value = alias(token.Text)
                ?? throw ApiException.BadRequest($"The parameter alias '{token.Text}' is used in $filter but has no value in the query.");
            tokens.AddRange(Scan(value).Where(t => t.Kind != FilterTokenKind.End));
        }

        tokens.Add(new FilterToken(FilterTokenKind.End, string.Empty, text.Length));
        return tokens;
    }

    private static IEnumerable<FilterToken> Scan(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (Punctuation.Contains(c, StringComparison.Ordinal))
            {
                yield return new FilterToken(FilterTokenKind.Punctuation, c.ToString(), i++);
            }
            else if (c is '\'' or '"')
            {
                var start = i;
                var value = c == '\'' ? SingleQuoted(text, ref i) : DoubleQuoted(text, ref i);
                yield return new FilterToken(FilterTokenKind.String, value, start);
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && !Punctuation.Contains(text[i], StringComparison.Ordinal) && text[i] is not '\'' and not '"')
                {
                    i++;
                }

                var word = text[start..i];
                yield return new FilterToken(Classify(word), word, start);
            }
        }

        yield return new FilterToken(FilterTokenKind.End, string.Empty, text.Length);
    }

    private static FilterTokenKind Classify(string word) =>
        word.StartsWith('@') ? FilterTokenKind.Alias
        : char.IsDigit(word[0]) || word[0] == '-' || word is "true" or "false" or "null" || Guid.TryParseExact(word, "D", out _)
            ? FilterTokenKind.Literal
        : FilterTokenKind.Word;

    private static string SingleQuoted(string text, ref int i)
    {
        var start = i++;
        var value = new StringBuilder();
        while (i < text.Length)
        {
            if (text[i] == '\'' && i + 1 < text.Length && text[i + 1] == '\'')
            {
                value.Append('\'');
                i += 2;
            }
            else if (text[i] == '\'')
            {
                i++;
                return value.ToString();
            }
            else
            {
                value.Append(text[i++]);
            }
        }

        // filter-rows "Manage single quotes": "There is an unterminated literal at position 21 in '…'."
        throw ApiException.BadRequest($"There is an unterminated literal at position {start} in '{text}'.");
    }

    private static string DoubleQuoted(string text, ref int i)
    {
        var start = i++;
        while (i < text.Length && text[i] != '"')
        {
            i += text[i] == '\\' ? 2 : 1;
        }

        if (i >= text.Length)
        {
            throw ApiException.BadRequest($"There is an unterminated literal at position {start} in '{text}'.");
        }

        i++;
        return JsonSerializer.Deserialize<string>(text.AsSpan(start, i - start))!;
    }
}

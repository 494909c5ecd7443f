"""The VS Code grammar (editors/vscode), tokenised with Oniguruma on every example, and known
lines asserted token by token."""

import pathlib

import pytest

from conftest import EXAMPLES, ROOT
from textmate import Grammar

GRAMMAR = Grammar(ROOT / "editors" / "vscode" / "syntaxes" / "toc.tmLanguage.json")
EXAMPLE_FILES = sorted(EXAMPLES.rglob("*.toc"))


def scopes(line):
    """Each token with its innermost scope (the one a theme colours)."""
    return [(text, names[-1]) for text, names in GRAMMAR.tokenize(line)]


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
def test_every_line_of_every_example_is_tokenised_whole(path):
    lines = path.read_text(encoding="utf-8").split("\n")
    kinds = set()
    for line in lines:
        tokens = GRAMMAR.tokenize(line)
        assert "".join(text for text, _ in tokens) == line
        kinds.update(names[-1] for _, names in tokens)
    assert "keyword.other.attribute.toc" in kinds
    assert "invalid.illegal.toc" not in kinds


def test_the_examples_use_every_kind_of_token():
    kinds = set()
    for path in EXAMPLE_FILES:
        for line in path.read_text(encoding="utf-8").split("\n"):
            kinds.update(names[-1] for _, names in GRAMMAR.tokenize(line))
    assert len(EXAMPLE_FILES) >= 8
    assert {
        "entity.name.section.toc", "entity.name.definition.toc", "variable.other.reference.toc",
        "variable.other.indicator.toc", "keyword.operator.arrow.toc", "constant.numeric.toc",
        "comment.line.number-sign.toc", "entity.name.namespace.toc", "invalid.deprecated.placeholder.toc",
    } <= kinds


def test_a_section_header():
    assert scopes("[korte termijn]") == [
        ("[", "punctuation.definition.section.begin.toc"),
        ("korte termijn", "entity.name.section.toc"),
        ("]", "punctuation.definition.section.end.toc"),
    ]


def test_a_definition_with_a_target():
    line = "geld: (financiële) middelen voor uitvoering van de interventies -> acties"
    assert scopes(line) == [
        ("geld", "entity.name.definition.toc"),
        (":", "punctuation.separator.key-value.toc"),
        (" (financiële) middelen voor uitvoering van de interventies ", "source.toc"),
        ("->", "keyword.operator.arrow.toc"),
        (" ", "source.toc"),
        ("acties", "variable.other.reference.toc"),
    ]


def test_an_indicator_list_with_qualified_ids():
    assert scopes("  indicator: ip.burencontact, ip.contacten") == [
        ("  ", "source.toc"),
        ("indicator", "keyword.other.attribute.toc"),
        (":", "punctuation.separator.key-value.toc"),
        (" ", "source.toc"),
        ("ip.burencontact", "variable.other.indicator.toc"),
        (",", "punctuation.separator.comma.toc"),
        (" ", "source.toc"),
        ("ip.contacten", "variable.other.indicator.toc"),
    ]


def test_a_chain():
    tokens = scopes("beleving, samenbrengen, acties -> interventies, betrokken")
    assert [t for t in tokens if t[1] != "source.toc"] == [
        ("beleving", "variable.other.reference.toc"),
        (",", "punctuation.separator.comma.toc"),
        ("samenbrengen", "variable.other.reference.toc"),
        (",", "punctuation.separator.comma.toc"),
        ("acties", "variable.other.reference.toc"),
        ("->", "keyword.operator.arrow.toc"),
        ("interventies", "variable.other.reference.toc"),
        (",", "punctuation.separator.comma.toc"),
        ("betrokken", "variable.other.reference.toc"),
    ]


def test_an_include_a_value_a_placeholder_a_rule_and_a_comment():
    assert [t for t in scopes("gebruik: indicatoren/index-plus.toc als ip") if t[1] != "source.toc"] == [
        ("gebruik", "keyword.other.attribute.toc"),
        (":", "punctuation.separator.key-value.toc"),
        ("indicatoren/index-plus.toc", "string.unquoted.path.toc"),
        ("als", "keyword.other.alias.toc"),
        ("ip", "entity.name.namespace.toc"),
    ]
    assert [t for t in scopes("  nulmeting: 2019 = 12,5") if t[1] != "source.toc"] == [
        ("nulmeting", "keyword.other.attribute.toc"),
        (":", "punctuation.separator.key-value.toc"),
        ("2019", "constant.numeric.toc"),
        ("=", "keyword.operator.assignment.toc"),
        ("12,5", "constant.numeric.toc"),
    ]
    placeholder = scopes("  streefwaarde: een x-aantal interventies")
    assert ("x-aantal", "invalid.deprecated.placeholder.toc") in placeholder
    assert ("interventies", "source.toc") not in placeholder
    assert [t for t in scopes("  negeer: backward-link, TOC203") if t[1] == "constant.other.rule.toc"] == [
        ("backward-link", "constant.other.rule.toc"),
        ("TOC203", "constant.other.rule.toc"),
    ]
    assert scopes("# Bron: Veldacademie -> 2021") == [("# Bron: Veldacademie -> 2021", "comment.line.number-sign.toc")]


def test_a_label_with_emoji_and_a_quoted_label():
    assert scopes('feest: "Feest -> 🎉" -> wijk')[-1] == ("wijk", "variable.other.reference.toc")
    assert ('"Feest -> 🎉"', "string.quoted.double.toc") in scopes('feest: "Feest -> 🎉" -> wijk')

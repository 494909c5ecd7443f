"""The editor packages of editors/: the VS Code extension's client run under Node against the real
server, its .vsix built and inspected, and the Emacs snippet read by Emacs when it is installed."""

import json
import shutil
import subprocess
import zipfile

import pytest

from conftest import EXAMPLES, ROOT, TOC

VSCODE = ROOT / "editors" / "vscode"


def test_the_vscode_client_shows_what_the_server_says():
    result = subprocess.run(
        ["node", str(ROOT / "Tests" / "LSPClients" / "vscode" / "run-extension.js"), TOC,
         str(EXAMPLES / "buurtmakers-west.toc")],
        capture_output=True, text=True, timeout=60, check=True,
    )
    answers = json.loads(result.stdout)
    codes = [d["code"] for d in answers["diagnostics"]]
    assert codes.count("TOC206") == 4
    # VS Code's severities: 1 is a warning, 3 a hint.
    assert {d["severity"] for d in answers["diagnostics"] if d["code"] == "TOC207"} == {3}
    assert answers["hover"].startswith("**Acties om leefklimaat te verzorgen, vergroenen, verduurzamen**")
    text = (EXAMPLES / "buurtmakers-west.toc").read_text(encoding="utf-8").split("\n")
    assert answers["definition"] == next(i for i, line in enumerate(text) if line.startswith("acties:"))
    assert answers["renamed"] == 4
    assert answers["symbols"][0] == "Middelen"
    assert answers["tokens"] > 500 and answers["tokens"] % 5 == 0


def test_the_vsix_holds_the_extension_and_its_manifest(tmp_path):
    built = subprocess.run([str(VSCODE / "build-vsix.sh"), str(tmp_path)], capture_output=True, text=True, check=True)
    vsix = built.stdout.strip()
    with zipfile.ZipFile(vsix) as archive:
        names = set(archive.namelist())
        assert {"[Content_Types].xml", "extension.vsixmanifest", "extension/package.json", "extension/extension.js",
                "extension/language-configuration.json", "extension/syntaxes/toc.tmLanguage.json"} <= names
        package = json.loads(archive.read("extension/package.json"))
        manifest = archive.read("extension.vsixmanifest").decode()
    assert f'Version="{package["version"]}"' in manifest
    assert 'Id="toc-theory-of-change"' in manifest and package["name"] == "toc-theory-of-change"
    for contribution in package["contributes"]["grammars"] + package["contributes"]["languages"]:
        for key in ("path", "configuration"):
            if key in contribution:
                assert "extension/" + contribution[key].removeprefix("./") in names
    assert package["main"] == "./extension.js"
    assert "dependencies" not in package


def test_the_language_configuration_comments_with_a_hash():
    configuration = json.loads((VSCODE / "language-configuration.json").read_text())
    assert configuration["comments"]["lineComment"] == "#"
    assert ["[", "]"] in configuration["brackets"]


@pytest.mark.skipif(shutil.which("emacs") is None, reason="Emacs is not installed here")
def test_the_emacs_snippet_loads():
    result = subprocess.run(
        ["emacs", "--batch", "-l", str(ROOT / "editors" / "emacs" / "toc-mode.el"),
         "--eval", "(progn (find-file \"x.toc\") (princ major-mode))"],
        capture_output=True, text=True, timeout=60,
    )
    assert result.stdout.strip() == "toc-mode"


def test_the_helix_snippet_starts_toc_lsp_for_toc_files():
    import tomllib

    config = tomllib.loads((ROOT / "editors" / "helix" / "languages.toml").read_text())
    server = config["language-server"]["toc"]
    assert [server["command"], *server["args"]] == ["toc", "lsp"]
    language = config["language"][0]
    assert language["file-types"] == ["toc"] and language["language-servers"] == ["toc"]
    # The command it names is the one the other tests start.
    result = subprocess.run([TOC, *server["args"], "--help"], capture_output=True, text=True, check=True)
    assert "toc lsp" in result.stdout

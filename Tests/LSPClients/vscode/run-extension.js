// Runs editors/vscode/extension.js under Node with a stand-in for the `vscode` module that records
// what the extension registers, against the real `toc lsp`; prints what the providers answer as JSON.
"use strict";
const Module = require("module");
const path = require("path");
const fs = require("fs");

const [, , toc, file] = process.argv;
const text = fs.readFileSync(file, "utf8");
const uri = "file://" + path.resolve(file);
const providers = {};
const published = new Map();

class Position { constructor(line, character) { Object.assign(this, { line, character }); } }
class Range { constructor(start, end) { Object.assign(this, { start, end }); } }
class Uri { static parse(s) { const u = new Uri(); u.s = s; return u; } toString() { return this.s; } }
const record = (name) => (selector, provider) => { providers[name] = provider || selector; return { dispose() {} }; };
const vscode = {
  Position, Range, Uri,
  Location: class { constructor(uri, range) { Object.assign(this, { uri: uri.toString(), range }); } },
  Diagnostic: class { constructor(range, message, severity) { Object.assign(this, { range, message, severity }); } },
  DiagnosticRelatedInformation: class { constructor(location, message) { Object.assign(this, { location, message }); } },
  Hover: class { constructor(contents, range) { Object.assign(this, { value: contents.value, range }); } },
  MarkdownString: class { constructor(value) { this.value = value; } },
  WorkspaceEdit: class { constructor() { this.edits = []; } replace(uri, range, text) { this.edits.push({ uri: uri.toString(), range, text }); } },
  CompletionItem: class { constructor(label, kind) { Object.assign(this, { label, kind }); } },
  DocumentSymbol: class { constructor(name, detail, kind, range, selectionRange) { Object.assign(this, { name, kind }); } },
  SymbolInformation: class { constructor(name) { this.name = name; } },
  TextEdit: { replace: (range, newText) => ({ range, newText }) },
  CodeAction: class { constructor(title, kind) { Object.assign(this, { title, kind }); } },
  CodeActionKind: { QuickFix: "quickfix" },
  FoldingRange: class { constructor(start, end) { Object.assign(this, { start, end }); } },
  FoldingRangeKind: { Region: 3 },
  SemanticTokens: class { constructor(data) { this.data = Array.from(data); } },
  SemanticTokensLegend: class { constructor(types, modifiers) { Object.assign(this, { types, modifiers }); } },
  window: { showErrorMessage: (m) => { console.error(m); process.exit(2); } },
  workspace: {
    getConfiguration: () => ({ get: () => toc }),
    textDocuments: [{ uri: Uri.parse(uri), languageId: "toc", version: 1, getText: () => text }],
    onDidOpenTextDocument: () => ({}), onDidChangeTextDocument: () => ({}), onDidCloseTextDocument: () => ({}),
  },
  languages: {
    createDiagnosticCollection: () => ({ set: (u, list) => published.set(u.toString(), list), dispose() {} }),
    registerHoverProvider: record("hover"), registerDefinitionProvider: record("definition"),
    registerReferenceProvider: record("references"), registerRenameProvider: record("rename"),
    registerCompletionItemProvider: record("completion"), registerDocumentSymbolProvider: record("symbols"),
    registerWorkspaceSymbolProvider: record("workspaceSymbols"), registerDocumentFormattingEditProvider: record("formatting"),
    registerCodeActionsProvider: record("codeActions"), registerFoldingRangeProvider: record("folding"),
    registerDocumentSemanticTokensProvider: record("tokens"),
  },
};
const load = Module._load;
Module._load = function (request, ...rest) { return request === "vscode" ? vscode : load.call(this, request, ...rest); };
const extension = require(path.resolve(__dirname, "../../../editors/vscode/extension.js"));

async function main() {
  const context = { subscriptions: [] };
  extension.activate(context);
  for (let tries = 0; !published.has(uri) && tries < 200; tries++) await new Promise((r) => setTimeout(r, 50));
  const document = { uri: Uri.parse(uri) };
  const lines = text.split("\n");
  const line = lines.findIndex((l) => l.startsWith("geld:"));
  const at = new Position(line, lines[line].indexOf("-> acties") + 4);
  const hover = await providers.hover.provideHover(document, at);
  const definition = await providers.definition.provideDefinition(document, at);
  const rename = await providers.rename.provideRenameEdits(document, at, "ingrepen");
  const symbols = await providers.symbols.provideDocumentSymbols(document);
  const tokens = await providers.tokens.provideDocumentSemanticTokens(document);
  const actions = await providers.codeActions.provideCodeActions(document, new Range(new Position(line, 0), new Position(line, 0)));
  const diagnostics = published.get(uri);
  await extension.deactivate();
  console.log(JSON.stringify({
    diagnostics: diagnostics.map((d) => ({ line: d.range.start.line, code: d.code.value, severity: d.severity })),
    hover: hover.value, definition: definition.range.start.line,
    renamed: rename.edits.length, symbols: symbols.map((s) => s.name), tokens: tokens.data.length,
    actions: actions.map((a) => a.title),
  }));
}
main().catch((error) => { console.error(error); process.exit(1); });

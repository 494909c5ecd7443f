import Testing
import ToCModel
import ToCServer

/// Hover, definition, references, rename, completion, symbols, formatting, folding and tokens.
@Suite struct FeatureTests {
  static func opened() -> Client {
    var client = Client()
    client.open("team.toc", Fixtures.team)
    return client
  }

  static func hover(_ client: inout Client, _ text: String, after: String = "") -> String? {
    let (line, prefix) = Fixtures.find(text, after: after)
    let answer = client.at(
      "textDocument/hover", "team.toc", line: line, character: prefix.utf16.count)
    return answer["result"]?["contents"]?["value"]?.string
  }

  @Test func hoverOnAnIdShowsLabelColumnDescriptionIndicatorsAndAssumptions() throws {
    var client = Self.opened()
    let outcome = try #require(Self.hover(&client, "vertrouwen:"))
    #expect(outcome.contains("**Meer vertrouwen**"))
    #expect(outcome.contains("Korte termijn"))
    #expect(outcome.contains("nulmeting 2019 = 12 aantal"))
    #expect(outcome.contains("streefwaarde 2022 = 40 aantal"))
    #expect(outcome.contains("laatste meting 2020 = 18,5 aantal"))
    #expect(outcome.contains("Samen eigenaar zijn schept vertrouwen."))
    let activity = try #require(Self.hover(&client, "bijeenkomst", after: "->"))
    #expect(activity.contains("Café én buurthuis"))
  }

  @Test func hoverShowsALabelAsItIsWrittenNotAsMarkdown() throws {
    var client = Client()
    client.open("a.toc", "[activiteiten]\nteam: Team #1 *samen* [kort] <b>\n")
    let hover = client.at("textDocument/hover", "a.toc", line: 1, character: 1)
    let value = try #require(hover["result"]?["contents"]?["value"]?.string)
    #expect(value.hasPrefix(##"**Team \#1 \*samen\* \[kort\] \<b\>**"##))
  }

  @Test func hoverOnAKeywordASectionAndARuleCode() throws {
    var client = Client()
    client.open("team.toc", Fixtures.team + "[lange termijn]\nx: X\n  negeer: orphan-outcome\n")
    let keyword = try #require(Self.hover(&client, "nulmeting"))
    #expect(keyword.hasPrefix("**nulmeting**: De waarde bij de start"))
    let (line, _) = Fixtures.find(
      "negeer", in: Fixtures.team + "[lange termijn]\nx: X\n  negeer: orphan-outcome\n")
    let rule = client.at("textDocument/hover", "team.toc", line: line, character: 12)
    #expect(
      rule["result"]?["contents"]?["value"]?.string?.hasPrefix("**TOC203** `orphan-outcome`")
        == true)
    let header = try #require(Self.hover(&client, "[middelen]"))
    #expect(header.hasPrefix("Middelen: wat het team heeft"))
  }

  @Test func definitionFindsIdsQualifiedIdsAndIncludedFiles() {
    var client = Client(files: ["/werk/team.toc": Fixtures.includedTeam])
    client.open("programma.toc", Fixtures.programme)
    let (line, prefix) = Fixtures.find("vertrouwen", in: Fixtures.programme, after: "team.")
    let answer = client.at(
      "textDocument/definition", "programma.toc", line: line, character: prefix.utf16.count)
    #expect(answer["result"]?["uri"]?.string == client.uri("team.toc"))
    #expect(answer["result"]?["range"]?["start"]?["line"]?.int == 7)
    let path = client.at("textDocument/definition", "programma.toc", line: 2, character: 11)
    #expect(path["result"]?["uri"]?.string == client.uri("team.toc"))
    let local = client.at("textDocument/definition", "programma.toc", line: 7, character: 22)
    #expect(local["result"]?["range"]?["start"]?["line"]?.int == 5)
  }

  @Test func referencesAndRenameReachTheFilesThatIncludeIt() throws {
    var client = Client()
    client.open("team.toc", Fixtures.includedTeam)
    client.open("programma.toc", Fixtures.programme)
    let references = client.at(
      "textDocument/references", "team.toc", line: 7, character: 2,
      [("context", .object([("includeDeclaration", .bool(true))]))])
    let places = references["result"]?.array?.map {
      ($0["uri"]?.string ?? "", $0["range"]?["start"]?["line"]?.int ?? -1)
    }
    #expect(places?.count == 3)
    #expect(places?.contains { $0.0 == client.uri("programma.toc") && $0.1 == 7 } == true)

    let rename = client.at(
      "textDocument/rename", "team.toc", line: 7, character: 2, [("newName", .string("vertrouwd"))])
    let changes = try #require(rename["result"]?["changes"])
    #expect(changes[client.uri("team.toc")]?.array?.count == 2)
    let programme = try #require(changes[client.uri("programma.toc")]?[0])
    #expect(programme["newText"]?.string == "vertrouwd")
    #expect(programme["range"]?["start"]?["character"]?.int == 5)
    #expect(programme["range"]?["end"]?["character"]?.int == 15)
  }

  @Test func renameReachesTheWorkspaceFilesThatIncludeItWithoutOpeningThem() throws {
    let files = [
      "/werk/team.toc": Fixtures.includedTeam,
      "/werk/wijken/programma.toc": Fixtures.programme
        .replacing("gebruik: team.toc", with: "gebruik: ../team.toc"),
      // Names `vertrouwen` but includes another file: left alone.
      "/werk/ander.toc": "[korte termijn]\nvertrouwen: Ander vertrouwen\n",
    ]
    var client = Client(files: files, workspace: true)
    client.open("team.toc", Fixtures.includedTeam)
    let rename = client.at(
      "textDocument/rename", "team.toc", line: 7, character: 2, [("newName", .string("vertrouwd"))])
    let changes = try #require(rename["result"]?["changes"])
    #expect(changes[client.uri("team.toc")]?.array?.count == 2)
    let programme = try #require(changes[client.uri("wijken/programma.toc")]?.array)
    #expect(programme.map { $0["range"]?["start"]?["line"]?.int } == [7])
    #expect(programme.first?["range"]?["start"]?["character"]?.int == 5)
    #expect(changes[client.uri("ander.toc")] == nil)
    // Workspace symbols come from the closed files too, each at its place in its own file.
    let found = client.request("workspace/symbol", .object([("query", .string("vertrouwen"))]))
    let places = try #require(found["result"]?.array).map {
      ($0["location"]?["uri"]?.string ?? "", $0["location"]?["range"]?["start"]?["line"]?.int ?? -1)
    }
    #expect(places.map(\.0) == [client.uri("team.toc"), client.uri("ander.toc")])
    #expect(places.map(\.1) == [7, 1])
    // Without a workspace folder, only the open documents and the defining file are searched.
    var alone = Client(files: files)
    alone.open("team.toc", Fixtures.includedTeam)
    let near = alone.at(
      "textDocument/rename", "team.toc", line: 7, character: 2, [("newName", .string("vertrouwd"))])
    #expect(near["result"]?["changes"]?[client.uri("wijken/programma.toc")] == nil)
  }

  @Test func renameIsRefusedForKeywordsAndInvalidIds() {
    var client = Self.opened()
    let keyword = client.at("textDocument/prepareRename", "team.toc", line: 8, character: 4)
    #expect(keyword["error"]?["message"]?.string?.contains("sleutelwoord") == true)
    let (line, prefix) = Fixtures.find("vertrouwen:")
    let ok = client.at(
      "textDocument/prepareRename", "team.toc", line: line, character: prefix.utf16.count)
    #expect(ok["result"]?["end"]?["character"]?.int == 10)
    for bad in ["2de", "bron", "a b", "eind-"] {
      let refused = client.at(
        "textDocument/rename", "team.toc", line: line, character: 0, [("newName", .string(bad))])
      #expect(refused["error"]?["code"]?.int == -32803, "\(bad)")
    }
  }

  static func completion(_ client: inout Client, line: Int, character: Int) -> [String] {
    client.at("textDocument/completion", "team.toc", line: line, character: character)["result"]?[
      "items"]?.array?.compactMap { $0["label"]?.string } ?? []
  }

  @Test func completionOffersWhatFitsThePlace() {
    let text =
      Fixtures.team + "[lange termijn]\nbloei: Bloei -> \n  indicator: \n  negeer: \n  \n[\n"
    var client = Client()
    client.open("team.toc", text)
    let arrow = Fixtures.find("-> ", in: text, after: "bloei:").line
    let targets = Self.completion(&client, line: arrow, character: 16)
    #expect(targets.first == "bloei")
    #expect(targets.contains("vertrouwen") && targets.contains("uren"))
    #expect(targets.firstIndex(of: "vertrouwen")! < targets.firstIndex(of: "uren")!)
    let indicators = Self.completion(&client, line: arrow + 1, character: 13)
    #expect(indicators == ["leden"])
    let rules = Self.completion(&client, line: arrow + 2, character: 10)
    #expect(rules.contains("orphan-outcome") && rules.contains("TOC203"))
    let keys = Self.completion(&client, line: arrow + 3, character: 2)
    #expect(
      keys.contains("toelichting") && keys.contains("indicator") && !keys.contains("nulmeting"))
    let sections = Self.completion(&client, line: arrow + 4, character: 1)
    #expect(sections.contains("korte termijn") && sections.contains("indicatoren"))
  }

  @Test func completionAtTheStartOfALineOffersIdsOnlyInTheLinks() {
    let text = "taal: nl\n[activiteiten]\nfeest: Feest\nf\n[verbanden]\nf\nfeest, w\n"
    var client = Client()
    client.open("team.toc", text)
    #expect(Self.completion(&client, line: 3, character: 1).isEmpty)
    #expect(Self.completion(&client, line: 5, character: 1) == ["feest"])
    #expect(Self.completion(&client, line: 6, character: 8) == ["feest"])
  }

  @Test func symbolsOutlineByColumnThenIndicators() {
    var client = Self.opened()
    let outline = client.document("textDocument/documentSymbol", "team.toc")["result"]?.array ?? []
    #expect(
      outline.compactMap { $0["name"]?.string } == [
        "Middelen", "Activiteiten", "Resultaten", "Korte termijn", "Indicatoren",
      ])
    #expect(outline.last?["children"]?[0]?["name"]?.string == "leden")
    let found = client.request("workspace/symbol", .object([("query", .string("VERTROUW"))]))
    #expect(found["result"]?.array?.compactMap { $0["name"]?.string } == ["vertrouwen"])
  }

  @Test func formattingGivesTheFmtLayoutAndNothingForAFormattedFile() {
    var client = Client()
    client.open("a.toc", "taal: nl\n[activiteiten]\na:   A\n    toelichting:  T\n")
    let edits = client.document("textDocument/formatting", "a.toc", [("options", .object([]))])
    #expect(
      edits["result"]?[0]?["newText"]?.string
        == "taal: nl\n\n[activiteiten]\na: A\n  toelichting: T\n")
    client.change("a.toc", "taal: nl\n\n[activiteiten]\na: A\n  toelichting: T\n")
    #expect(client.document("textDocument/formatting", "a.toc")["result"]?.array?.isEmpty == true)
  }

  @Test func formattingAFileWithSyntaxErrorsSaysWhyNothingChanged() {
    var client = Client()
    client.open("a.toc", "taal: nl\n[activiteiten]\nkapot regel\n")
    let answer = client.document("textDocument/formatting", "a.toc")
    #expect(answer["result"]?.array?.isEmpty == true)
    let notice = client.received.last { $0["method"]?.string == "window/showMessage" }
    #expect(
      notice?["params"]?["message"]?.string?.hasSuffix("syntaxfouten (de eerste op regel 3)")
        == true)
  }

  @Test func foldingCoversSectionsAndDefinitionsWithAttributes() {
    var client = Self.opened()
    let ranges = client.document("textDocument/foldingRange", "team.toc")["result"]?.array ?? []
    let pairs = ranges.compactMap { range in
      range["startLine"]?.int.flatMap { start in range["endLine"]?.int.map { (start, $0) } }
    }
    #expect(pairs.contains { $0 == (6, 8) })
    #expect(pairs.contains { $0 == (7, 8) })
    #expect(pairs.contains { $0 == (22, 28) })
  }

  @Test func semanticTokensColourHeadersKeywordsAndIdsByColumn() {
    var client = Client()
    client.open(
      "a.toc", "[activiteiten]\nfeest: Feest 🎉 TODO -> wijk\n[korte termijn]\nwijk: Wijk\n")
    let data =
      client.document("textDocument/semanticTokens/full", "a.toc")["result"]?["data"]?.array?
      .compactMap(\.int) ?? []
    let tokens = stride(from: 0, to: data.count, by: 5).map { Array(data[$0..<$0 + 5]) }
    #expect(tokens.first == [0, 0, 14, 0, 0])
    // `feest`: a definition (bit 0) of an activity (bit 2).
    #expect(tokens[1] == [1, 0, 5, 2, 0b101])
    // `TODO` after the emoji, which takes two UTF-16 units.
    #expect(tokens[2] == [0, 16, 4, 4, 0])
    #expect(tokens[3] == [0, 5, 2, 6, 0])
    // `wijk` as a reference to a short-term outcome (bit 4).
    #expect(tokens[4] == [0, 3, 4, 2, 0b10000])
  }
}

import Testing
import ToCModel
import ToCServer

/// Quick fixes: did-you-mean, create the missing node, add an indicator, ignore the rule here.
@Suite struct CodeActionTests {
  static func actions(_ client: inout Client, _ name: String, line: Int) -> [JSON] {
    let range = JSON.object([
      ("start", .object([("line", .number(Double(line))), ("character", .number(0))])),
      ("end", .object([("line", .number(Double(line))), ("character", .number(0))])),
    ])
    return client.request(
      "textDocument/codeAction",
      .object([
        ("textDocument", .object([("uri", .string(client.uri(name)))])), ("range", range),
        ("context", .object([("diagnostics", .array([]))])),
      ]))["result"]?.array ?? []
  }

  static func edits(_ action: JSON, _ client: Client, _ name: String) -> [(Int, Int, String)] {
    (action["edit"]?["changes"]?[client.uri(name)]?.array ?? []).map {
      (
        $0["range"]?["start"]?["line"]?.int ?? -1, $0["range"]?["start"]?["character"]?.int ?? -1,
        $0["newText"]?.string ?? ""
      )
    }
  }

  @Test func didYouMeanReplacesTheTypo() throws {
    var client = Client()
    client.open(
      "a.toc", "taal: nl\n[activiteiten]\nfeest: Feest -> wijkk\n[korte termijn]\nwijk: Wijk\n")
    let actions = Self.actions(&client, "a.toc", line: 2)
    let fix = try #require(actions.first { $0["title"]?.string == "Vervang door `wijk`" })
    #expect(fix["isPreferred"] == .bool(true))
    #expect(fix["diagnostics"]?[0]?["code"]?.string == "TOC111")
    #expect(Self.edits(fix, client, "a.toc").first! == (2, 16, "wijk"))
  }

  @Test func aYearValueInTheWrongShapeIsWrittenAsMeant() throws {
    var client = Client()
    client.open("a.toc", "taal: nl\n[indicatoren]\ni: I\n  nulmeting: 2020: 30\n")
    let actions = Self.actions(&client, "a.toc", line: 3)
    let fix = try #require(actions.first { $0["title"]?.string == "Vervang door `2020 = 30`" })
    #expect(fix["diagnostics"]?[0]?["code"]?.string == "TOC107")
    #expect(Self.edits(fix, client, "a.toc").first! == (3, 13, "2020 = 30"))
  }

  @Test func anArrowWrittenAsSomethingElseBecomesOne() throws {
    var client = Client()
    client.open(
      "a.toc",
      "taal: nl\n[activiteiten]\nfeest: Feest → wijk\n[korte termijn]\nwijk: Wijk\n")
    let actions = Self.actions(&client, "a.toc", line: 2)
    let fix = try #require(actions.first { $0["title"]?.string == "Vervang `→` door `->`" })
    #expect(fix["diagnostics"]?[0]?["code"]?.string == "TOC205")
    #expect(Self.edits(fix, client, "a.toc").first! == (2, 13, "->"))
    // A `->` in the label of a node that leads somewhere is no dead end, and gets no such fix.
    client.change(
      "a.toc", "taal: nl\n[activiteiten]\nfeest: Feest -> wijk\n[korte termijn]\nwijk: Wijk\n")
    #expect(
      !Self.actions(&client, "a.toc", line: 2).contains {
        $0["title"]?.string?.contains("door `->`") == true
      })
  }

  @Test func createsTheMissingNodeInTheNextColumn() throws {
    var client = Client()
    client.open(
      "a.toc", "taal: nl\n[activiteiten]\nfeest: Feest -> ontmoeting\n[resultaten]\nr: R\n")
    let actions = Self.actions(&client, "a.toc", line: 2)
    let create = try #require(
      actions.first { $0["title"]?.string?.hasPrefix("Maak `ontmoeting`") == true })
    #expect(create["title"]?.string == "Maak `ontmoeting` aan in [resultaten]")
    #expect(Self.edits(create, client, "a.toc").first! == (4, 4, "\nontmoeting: TODO"))
  }

  @Test func addsAnIndicatorToAnOutcomeWithoutOne() throws {
    var client = Client()
    client.open(
      "a.toc", "taal: nl\n[activiteiten]\nfeest: Feest -> wijk\n[korte termijn]\nwijk: Wijk\n")
    let actions = Self.actions(&client, "a.toc", line: 4)
    let add = try #require(
      actions.first { $0["title"]?.string == "Voeg een indicator toe aan `wijk`" })
    let edits = Self.edits(add, client, "a.toc")
    #expect(edits[0] == (4, 10, "\n  indicator: wijk_indicator"))
    #expect(edits[1].2 == "\n[indicatoren]\nwijk_indicator: TODO\n")
  }

  @Test func ignoresTheRuleOnTheStatement() throws {
    var client = Client()
    client.open("a.toc", "[activities]\nparty: Party\n  description: D\n")
    let actions = Self.actions(&client, "a.toc", line: 1)
    let ignore = try #require(actions.first { $0["title"]?.string == "Ignore `dead-end` here" })
    #expect(Self.edits(ignore, client, "a.toc").first! == (2, 16, "\n  ignore: dead-end"))

    client.change("a.toc", "[activities]\nparty: Party\n  ignore: dead-end\n")
    let more = Self.actions(&client, "a.toc", line: 1)
    let second = try #require(
      more.first { $0["title"]?.string == "Ignore `activity-without-resources` here" })
    #expect(Self.edits(second, client, "a.toc").first! == (2, 18, ", activity-without-resources"))
  }
}

/// Keys with a typo, which the parser reads as definitions.
@Suite struct KeyTypoTests {
  @Test func anIndentedDefinitionNearAKeyIsOfferedTheKey() throws {
    var client = Client()
    client.open("a.toc", "taal: nl\n[activiteiten]\nfeest: Feest\n  toelichtng: Een feest\n")
    let actions = CodeActionTests.actions(&client, "a.toc", line: 3)
    let fix = try #require(actions.first { $0["title"]?.string == "Vervang door `toelichting`" })
    #expect(CodeActionTests.edits(fix, client, "a.toc").first! == (3, 2, "toelichting"))
    // An id at the start of a line is a definition, not a typo.
    let none = CodeActionTests.actions(&client, "a.toc", line: 2)
    #expect(!none.contains { $0["title"]?.string?.hasPrefix("Vervang door") == true })
  }
}

/// A misspelt section name.
@Suite struct SectionTypoTests {
  @Test func anUnknownSectionIsOfferedTheNearestName() throws {
    var client = Client()
    client.open("a.toc", "taal: nl\n[middellen]\nuren: Uren\n")
    let actions = CodeActionTests.actions(&client, "a.toc", line: 1)
    let fix = try #require(actions.first { $0["title"]?.string == "Vervang door `[middelen]`" })
    #expect(CodeActionTests.edits(fix, client, "a.toc").first! == (1, 0, "[middelen]"))
  }
}

import Testing
import ToCModel
import ToCServer

/// Diagnostics on open and on every change, in the file's language, with notes and rule links.
@Suite struct DiagnosticTests {
  @Test func publishesFindingsInTheFilesLanguageWithALinkToTheRule() {
    var client = Client()
    let diagnostics = client.open(
      "a.toc", "taal: nl\n[korte termijn]\nwees: Niemand leidt hierheen\n")
    let orphan = diagnostics.first { $0["code"]?.string == "TOC203" }
    #expect(orphan?["severity"]?.int == 2)
    #expect(orphan?["message"]?.string?.contains("leidt") == true)
    #expect(orphan?["codeDescription"]?["href"]?.string?.hasSuffix("rules.md#toc203") == true)
    #expect(orphan?["range"]?["start"]?["line"]?.int == 2)

    var english = Client()
    let found = english.open("b.toc", "[short term]\nalone: Nothing leads here\n")
    #expect(
      found.first { $0["code"]?.string == "TOC203" }?["message"]?.string?.contains("leads") == true)
  }

  @Test func aCleanFileGetsAnEmptyList() {
    var client = Client()
    client.open("a.toc", "[activiteiten]\na: A\n")
    let published = client.change("a.toc", Fixtures.team)
    #expect(!published.contains { $0["severity"]?.int == 1 })
    let states = client.received.filter {
      $0["method"]?.string == "textDocument/publishDiagnostics"
    }
    #expect(states.count == 2)
  }

  @Test func aDuplicateIdPointsAtTheFirstDefinition() {
    var client = Client()
    let diagnostics = client.open("a.toc", "[activiteiten]\na: A\na: B\n")
    let duplicate = diagnostics.first { $0["code"]?.string == "TOC106" }
    let related = duplicate?["relatedInformation"]?[0]
    #expect(related?["location"]?["uri"]?.string == client.uri("a.toc"))
    #expect(related?["location"]?["range"]?["start"]?["line"]?.int == 1)
  }

  @Test func aCycleNamesItsNodes() {
    var client = Client()
    let diagnostics = client.open(
      "a.toc", "[korte termijn]\na: A -> b\nb: B -> a\n[activiteiten]\nx: X -> a\n")
    let cycle = diagnostics.first { $0["code"]?.string == "TOC208" }
    let lines = cycle?["relatedInformation"]?.array?.compactMap {
      $0["location"]?["range"]?["start"]?["line"]?.int
    }
    #expect(Set(lines ?? []) == [1, 2])
  }

  @Test func infosAreHints() {
    var client = Client()
    let diagnostics = client.open("a.toc", "[activiteiten]\na: A\n")
    #expect(diagnostics.first { $0["code"]?.string == "TOC207" }?["severity"]?.int == 4)
  }

  @Test func anEditToAnIncludedFileChecksTheFilesThatIncludeIt() {
    var client = Client(files: ["/werk/team.toc": Fixtures.includedTeam])
    let first = client.open("programma.toc", Fixtures.programme)
    #expect(!first.contains { $0["code"]?.string == "TOC111" })
    client.open("team.toc", Fixtures.includedTeam)
    _ = client.server.publishDiagnostics()
    let renamed = Fixtures.includedTeam.replacing("vertrouwen", with: "vertrouwen2")
    client.change("team.toc", renamed)
    let programme = client.received.last {
      $0["params"]?["uri"]?.string == client.uri("programma.toc")
    }
    let codes = programme?["params"]?["diagnostics"]?.array?.compactMap { $0["code"]?.string }
    #expect(codes?.contains("TOC111") == true)
  }

  @Test func aTenMegabyteDocumentIsChecked() {
    var text = "taal: nl\n[activiteiten]\n"
    var index = 0
    while text.utf8.count < 10 << 20 {
      text +=
        "a\(index): Activiteit nummer \(index) met een lange omschrijving om de regel te vullen\n"
      index += 1
    }
    var client = Client()
    let diagnostics = client.open("groot.toc", text)
    #expect(diagnostics.count > 1000)
  }
}

import ToCModel

/// The names of changed fields in a diff's text: the `.toc` keyword of each language.
enum DiffWords {
  static func field(_ key: String) -> Bilingual {
    switch key {
    case "label": Bilingual(en: "label", nl: "label")
    case "kind": Bilingual(en: "column", nl: "kolom")
    case "description": Bilingual(en: "description", nl: "toelichting")
    case "group": Bilingual(en: "group", nl: "groep")
    case "indicators": Bilingual(en: "indicator", nl: "indicator")
    case "assumptions": Bilingual(en: "assumption", nl: "aanname")
    case "sources", "source": Bilingual(en: "source", nl: "bron")
    case "owner": Bilingual(en: "owner", nl: "eigenaar")
    case "target": Bilingual(en: "target", nl: "streefwaarde")
    case "unit": Bilingual(en: "unit", nl: "eenheid")
    case "direction": Bilingual(en: "direction", nl: "richting")
    case "baseline": Bilingual(en: "baseline", nl: "nulmeting")
    case "measurement": Bilingual(en: "measurement", nl: "meting")
    case "title": Bilingual(en: "title", nl: "titel")
    case "language": Bilingual(en: "language", nl: "taal")
    case "goal": Bilingual(en: "goal", nl: "doel")
    case "targetGroup": Bilingual(en: "target-group", nl: "doelgroep")
    case "pillar": Bilingual(en: "pillar", nl: "pijler")
    case "initiators": Bilingual(en: "initiators", nl: "initiatiefnemers")
    case "partners": Bilingual(en: "partners", nl: "partners")
    case "period": Bilingual(en: "period", nl: "looptijd")
    case "version": Bilingual(en: "version", nl: "versie")
    case "includes": Bilingual(en: "use", nl: "gebruik")
    default: Bilingual(en: key, nl: key)
    }
  }
}

import ToCModel

/// The model `toc init` writes: every section, the three ways to draw an arrow, an indicator with
/// all its values and an assumption on a link, each explained in a comment. It is in `toc fmt`
/// layout and `toc check --strict` finds nothing in it.
enum StarterModel {
  static let defaultTitle = Bilingual(en: "My theory of change", nl: "Mijn verandertheorie")

  /// The model in `language`; `title` is a text value as written (quoted if it must be).
  static func text(_ language: Language, title: String) -> String {
    language == .nl ? dutch(title) : english(title)
  }

  static func dutch(_ title: String) -> String {
    """
    # Een verandertheorie in de taal van toc, gemaakt met `toc init`.
    #
    # Vervang de voorbeeldteksten door die van je eigen project. Elke regel is één opdracht;
    # inspringen is alleen voor het oog. Een regel die met # begint is commentaar.
    # Controleer het model met `toc check` en maak het netjes op met `toc fmt --write`.

    # Eerst wat het model beschrijft. `taal:` zegt in welke taal het geschreven is.
    titel: \(title)
    doel: Bewoners van de wijk voelen zich er thuis en zorgen voor elkaar.
    doelgroep: Bewoners van de wijk, jong en oud
    looptijd: 2025-2028
    taal: nl

    # Dan de kolommen, van links naar rechts. Een knoop is `id: label`; na `->` volgen de knopen
    # waar hij naartoe leidt. Een id bestaat uit letters, cijfers, _ en - en is geen sleutelwoord.
    [middelen]
    vrijwilligers: Tijd en inzet van vrijwilligers -> bijeenkomsten
      toelichting: Buren die de bijeenkomsten voorbereiden en de koffie zetten.
      groep: Mensen
    budget: Subsidie van de gemeente -> bijeenkomsten
      groep: Geld

    [activiteiten]
    bijeenkomsten: Maandelijkse buurtbijeenkomsten organiseren
      toelichting: In het buurthuis, met een vast programma.
      # Een pijl mag ook op een eigen regel onder de knoop staan.
      -> deelnemers

    [resultaten]
    deelnemers: Bewoners nemen deel aan de bijeenkomsten

    # Effecten: wat er voor de doelgroep verandert. Koppel elk effect aan een indicator.
    [korte termijn]
    kennen: Bewoners leren hun buren kennen
      indicator: buren_bij_naam

    [middellange termijn]
    samen: Bewoners ondernemen samen iets in de buurt
      indicator: initiatieven

    [lange termijn]
    zorg: Buren zorgen voor elkaar
      indicator: hulp

    [impact]
    thuis: Bewoners voelen zich thuis in hun wijk
      indicator: thuisgevoel

    # Een keten `a -> b -> c` verbindt knopen. Een aanname en een bron eronder gelden voor elke
    # pijl van de keten.
    [verbanden]
    deelnemers -> kennen -> samen
      aanname: Wie elkaar kent, onderneemt sneller samen iets.
      bron: Ervaringen uit eerdere buurtprojecten
    samen -> zorg -> thuis
      aanname: Wie samen iets doet, let ook op elkaar.

    # Een indicator maakt een effect meetbaar: een nulmeting, een streefwaarde en de metingen.
    [indicatoren]
    buren_bij_naam: Aandeel bewoners dat minstens vijf buren bij naam kent
      eenheid: %
      bron: Jaarlijkse bewonersenquête
      richting: hoger
      nulmeting: 2024 = 35
      streefwaarde: 2028 = 50
      meting: 2025 = 38
    initiatieven: Aantal bewonersinitiatieven per jaar
      eenheid: aantal
      bron: Registratie van het buurthuis
      nulmeting: 2024 = 2
      streefwaarde: 2028 = 8
    hulp: Aandeel bewoners dat een buur om hulp kan vragen
      eenheid: %
      bron: Jaarlijkse bewonersenquête
      nulmeting: 2024 = 40
      streefwaarde: 2028 = 60
    thuisgevoel: Gemiddeld rapportcijfer voor het thuisgevoel in de wijk
      eenheid: cijfer
      bron: Jaarlijkse bewonersenquête
      nulmeting: 2024 = 6,4
      streefwaarde: 2028 = 7,5

    """
  }

  static func english(_ title: String) -> String {
    """
    # A theory of change in the language of toc, made with `toc init`.
    #
    # Replace the example texts with those of your own project. Each line is one statement;
    # indentation is only for the eye. A line that starts with # is a comment.
    # Check the model with `toc check` and tidy it with `toc fmt --write`.

    # First what the model describes. `language:` says which language it is written in.
    title: \(title)
    goal: Residents of the neighbourhood feel at home there and look after each other.
    target-group: Residents of the neighbourhood, young and old
    period: 2025-2028
    language: en

    # Then the columns, left to right. A node is `id: label`; after `->` come the nodes it leads
    # to. An id is made of letters, digits, _ and - and is not a keyword.
    [resources]
    volunteers: Time and effort of volunteers -> meetings
      description: Neighbours who prepare the meetings and make the coffee.
      group: People
    budget: Grant from the city -> meetings
      group: Money

    [activities]
    meetings: Organise monthly neighbourhood meetings
      description: In the community centre, with a fixed programme.
      # An arrow may also stand on a line of its own under the node.
      -> participants

    [outputs]
    participants: Residents take part in the meetings

    # Outcomes: what changes for the target group. Link every outcome to an indicator.
    [short term]
    acquainted: Residents get to know their neighbours
      indicator: neighbours_by_name

    [medium term]
    together: Residents start things together in the neighbourhood
      indicator: initiatives

    [long term]
    care: Neighbours look after each other
      indicator: help

    [impact]
    home: Residents feel at home in their neighbourhood
      indicator: feeling_at_home

    # A chain `a -> b -> c` links nodes. An assumption and a source under it belong to every arrow
    # of the chain.
    [links]
    participants -> acquainted -> together
      assumption: People who know each other start things together sooner.
      source: Experience from earlier neighbourhood projects
    together -> care -> home
      assumption: People who do things together also look out for each other.

    # An indicator makes an outcome measurable: a baseline, a target and the measurements.
    [indicators]
    neighbours_by_name: Share of residents who know at least five neighbours by name
      unit: %
      source: Annual residents' survey
      direction: higher
      baseline: 2024 = 35
      target: 2028 = 50
      measurement: 2025 = 38
    initiatives: Number of residents' initiatives per year
      unit: number
      source: Records of the community centre
      baseline: 2024 = 2
      target: 2028 = 8
    help: Share of residents who can ask a neighbour for help
      unit: %
      source: Annual residents' survey
      baseline: 2024 = 40
      target: 2028 = 60
    feeling_at_home: Average mark residents give for feeling at home in the neighbourhood
      unit: mark out of 10
      source: Annual residents' survey
      baseline: 2024 = 6.4
      target: 2028 = 7.5

    """
  }
}

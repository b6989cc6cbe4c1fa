# language: nl
Functionaliteit: Samenwerken met ouders, wachttijd en doorzettingsmacht
  Als professional rond een kind
  wil ik weten hoe ik ouders betrek, wat ik doe als het kind op hulp wacht en wie doorzet als we vastlopen
  zodat een casus niet stilvalt en het kind niet de dupe wordt van een wachtlijst of een meningsverschil.

  @OUDERS-01
  Abstract Scenario: Staan ouders nog niet achter de aanpak, maak het plan dan samen met hen
    Gegeven een kind van 8 jaar op de basisschool
    En er zijn zorgen over gedrag
    En <ouders>
    Als de professional om advies vraagt
    Dan zegt het advies: let op de ouders betrekken
    En staan de ouders aan tafel

    Voorbeelden:
      | ouders                                  |
      | de ouders staan niet achter de aanpak   |
      | de ouders zijn nog niet gevraagd        |

  @OUDERS-01
  Scenario: Staan de ouders achter de aanpak, dan is die melding niet nodig
    Gegeven een kind van 8 jaar op de basisschool
    En er zijn zorgen over gedrag
    En de ouders staan achter de aanpak
    Als de professional om advies vraagt
    Dan zegt het advies niets over de ouders betrekken

  @WACHTTIJD-01
  Abstract Scenario: Wie op jeugdhulp wacht, krijgt steun tijdens de wachttijd
    Gegeven een kind van 11 jaar op de basisschool
    En er zijn zorgen over psychische problemen
    En het kind wacht <weken> weken op jeugdhulp
    Als de professional om advies vraagt
    Dan wordt steun tijdens de wachttijd <overwogen>

    Voorbeelden:
      | weken | overwogen      |
      | 0     | niet overwogen |
      | 1     | overwogen      |
      | 26    | overwogen      |

  @WACHTTIJD-01
  Scenario: De melding over de wachtlijst noemt hoe lang het kind al wacht
    Gegeven een kind van 11 jaar op de basisschool
    En er zijn zorgen over psychische problemen
    En het kind wacht 7 weken op jeugdhulp
    Als de professional om advies vraagt
    Dan zegt het advies: let op de wachtlijst
    En noemt het advies "7 weken"
    En staat de jeugdgezondheidszorg aan tafel

  @DOORZETTEN-ONDERWIJS-01
  Abstract Scenario: Komen de partijen niet tot een passend onderwijsaanbod, dan zet het samenwerkingsverband door
    Gegeven een kind van <leeftijd> jaar <plek>
    En er zijn zorgen over leren
    En de partijen komen er samen niet uit
    Als de professional om advies vraagt
    Dan staat de onderwijsconsulent <aan tafel>

    Voorbeelden:
      | leeftijd | plek                        | aan tafel      |
      | 4        | op de basisschool           | aan tafel      |
      | 20       | in het voortgezet onderwijs | aan tafel      |
      | 12       | zonder school of opvang     | aan tafel      |
      | 3        | in de kinderopvang          | niet aan tafel |
      | 19       | op het mbo                  | niet aan tafel |

  @DOORZETTEN-ONDERWIJS-01
  Scenario: Het samenwerkingsverband heeft doorzettingsmacht voor het onderwijs
    Gegeven een kind van 9 jaar op de basisschool
    En er zijn zorgen over leren
    En de partijen komen er samen niet uit
    Als de professional om advies vraagt
    Dan ligt de doorzettingsmacht bij het samenwerkingsverband

  @DOORZETTEN-JEUGDHULP-01
  Abstract Scenario: Komen de partijen niet tot passende hulp, dan zet de gemeente door via het CJG
    Gegeven een kind van 9 jaar op de basisschool
    En er zijn zorgen over <zorgen>
    En de problemen spelen <waar>
    En de partijen komen er samen niet uit
    Als de professional om advies vraagt
    Dan ligt de doorzettingsmacht bij het CJG

    Voorbeelden:
      | zorgen               | waar                      |
      | gedrag               | zowel op school als thuis |
      | psychische problemen | alleen op school          |

  @DOORZETTEN-JEUGDHULP-01
  Scenario: Gaat het alleen om leren op school, dan zet de gemeente niet door
    Gegeven een kind van 9 jaar op de basisschool
    En er zijn zorgen over leren
    En de problemen spelen alleen op school
    En de partijen komen er samen niet uit
    Als de professional om advies vraagt
    Dan staat het CJG niet aan tafel

  @DOORZETTEN-JEUGDHULP-01
  Scenario: Loopt er al zorg, dan kan de gemeente doorzetten
    Gegeven een jongere van 19 jaar op het mbo
    En er zijn zorgen over leren
    En de jongere krijgt al lichte jeugdhulp
    En de partijen komen er samen niet uit
    Als de professional om advies vraagt
    Dan ligt de doorzettingsmacht bij het CJG

  @DOORZETTEN-OUDERS-01
  Scenario: Weigeren ouders het aanbod en komen de partijen niet verder, dan is de Raad het laatste middel
    Gegeven een kind van 13 jaar in het voortgezet onderwijs
    En er zijn zorgen over leren
    En de ouders staan niet achter de aanpak
    En de partijen komen er samen niet uit
    Als de professional om advies vraagt
    Dan ligt de doorzettingsmacht bij het samenwerkingsverband en de Raad voor de Kinderbescherming
    En staan de ouders aan tafel

  @DOORZETTEN-OUDERS-01
  Scenario: Zonder vastlopen is er geen doorzettingsmacht nodig, ook als ouders twijfelen
    Gegeven een kind van 13 jaar in het voortgezet onderwijs
    En er zijn zorgen over leren
    En de ouders staan niet achter de aanpak
    Als de professional om advies vraagt
    Dan is er geen doorzettingsmacht nodig

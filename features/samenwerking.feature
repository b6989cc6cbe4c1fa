# language: nl
Functionaliteit: Samenwerken met ouders, wachttijd, doorzettingsmacht en geschillen
  Als professional rond een kind
  wil ik weten hoe ik ouders betrek, wat ik doe als het kind op hulp wacht en wie doorzet als we vastlopen
  zodat een casus niet stilvalt en het kind niet de dupe wordt van een wachtlijst of een meningsverschil.

  Doorzettingsmacht ligt voor het onderwijs bij het samenwerkingsverband en voor de jeugdhulp bij de gemeente.
  Een meningsverschil met ouders over het onderwijs gaat naar de onderwijsconsulent en de Geschillencommissie
  passend onderwijs. De Raad voor de Kinderbescherming is er alleen als laatste middel, als de ontwikkeling van
  het kind op het spel staat en ouders hulp weigeren.

  @OUDERS-01
  Abstract Scenario: Staan ouders nog niet achter de aanpak, maak het plan dan samen met hen
    Gegeven een kind van 8 jaar op de basisschool
    En er zijn zorgen over gedrag
    En <ouders>
    Als de professional om advies vraagt
    Dan wijst het advies op het betrekken van de ouders
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
    Dan wijst het advies niet op het betrekken van de ouders

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
    Dan wijst het advies op de wachtlijst
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

  @DOORZETTEN-GESCHIL-01 @DOORZETTEN-ONDERWIJS-01 @DOORZETTEN-OUDERS-01
  Scenario: Zijn ouders en school het oneens over het onderwijs, dan gaat het naar de onderwijsconsulent en de Geschillencommissie, niet naar de Raad
    Gegeven een kind van 13 jaar in het voortgezet onderwijs
    En er zijn zorgen over leren
    En de ouders staan niet achter de aanpak
    En de partijen komen er samen niet uit
    Als de professional om advies vraagt
    Dan ligt de doorzettingsmacht bij het samenwerkingsverband
    En wijst het advies de ouders de weg naar de onderwijsconsulent en de Geschillencommissie passend onderwijs
    En ligt de doorzettingsmacht niet bij de Raad voor de Kinderbescherming
    En staan de ouders aan tafel
    En noemt het advies "Geschillencommissie passend onderwijs"

  @DOORZETTEN-GESCHIL-01
  Scenario: Staan de ouders achter de aanpak, dan is de route naar de Geschillencommissie niet nodig
    Gegeven een kind van 13 jaar in het voortgezet onderwijs
    En er zijn zorgen over leren
    En de ouders staan achter de aanpak
    En de partijen komen er samen niet uit
    Als de professional om advies vraagt
    Dan wijst het advies de ouders niet de weg naar de Geschillencommissie passend onderwijs
    En ligt de doorzettingsmacht bij het samenwerkingsverband

  @DOORZETTEN-OUDERS-01 @THUISZITTER-02
  Abstract Scenario: Zit een kind drie maanden thuis en weigeren de ouders het aanbod, dan is de Raad voor de Kinderbescherming het laatste middel
    Gegeven een kind van 13 jaar in het voortgezet onderwijs
    En het kind zit <weken> weken zonder passend onderwijs
    En de ouders staan niet achter de aanpak
    En de partijen komen er samen niet uit
    Als de professional om advies vraagt
    Dan ligt de doorzettingsmacht <raad> de Raad voor de Kinderbescherming

    Voorbeelden:
      | weken | raad     |
      | 12    | niet bij |
      | 13    | bij      |

  @DOORZETTEN-JEUGDHULP-01
  Scenario: Speelt een leervraag ook thuis, dan zet niet de gemeente door maar het samenwerkingsverband
    Gegeven een kind van 9 jaar op de basisschool
    En er zijn zorgen over leren
    En de problemen spelen zowel op school als thuis
    En de partijen komen er samen niet uit
    Als de professional om advies vraagt
    Dan ligt de doorzettingsmacht bij het samenwerkingsverband
    En ligt de doorzettingsmacht niet bij het CJG

  @DOORZETTEN-OUDERS-01
  Scenario: Zonder vastlopen is er geen doorzettingsmacht nodig, ook als ouders twijfelen
    Gegeven een kind van 13 jaar in het voortgezet onderwijs
    En er zijn zorgen over leren
    En de ouders staan niet achter de aanpak
    Als de professional om advies vraagt
    Dan is er geen doorzettingsmacht nodig

  @OUDERS-02
  Abstract Scenario: Ouders zitten bij elk kind aan tafel, ook als zij achter de aanpak staan
    Gegeven een kind van <leeftijd> jaar <plek>
    En er zijn zorgen over <zorgen>
    En de ouders staan achter de aanpak
    Als de professional om advies vraagt
    Dan staan de ouders <aan tafel>

    Voorbeelden:
      | leeftijd | plek                        | zorgen                           | aan tafel      |
      | 8        | op de basisschool           | de veiligheid van het kind       | aan tafel      |
      | 14       | in het voortgezet onderwijs | verzuim                          | aan tafel      |
      | 17       | op het mbo                  | psychische problemen             | aan tafel      |
      | 19       | op het mbo                  | leren                            | niet aan tafel |

  @DOORZETTEN-GESCHIL-01 @VEILIGHEID-RAAD-01
  Scenario: Weigeren ouders hulp bij zorgen over de veiligheid thuis, dan wijst het advies niet naar de Geschillencommissie
    De Geschillencommissie passend onderwijs is er voor ouders die vinden dat er geen passend onderwijsaanbod
    is (implementatieplan, Bijlage 1, leerrecht en hoorrecht). Bij een weigering van hulp thuis is de Raad het
    laatste middel, niet de commissie.

    Gegeven een kind van 9 jaar op de basisschool
    En er zijn zorgen over de veiligheid van het kind
    En de problemen spelen alleen thuis
    En de ouders staan niet achter de aanpak
    En de partijen komen er samen niet uit
    Als de professional om advies vraagt
    Dan wijst het advies de ouders niet de weg naar de Geschillencommissie passend onderwijs
    En ligt de doorzettingsmacht niet bij het samenwerkingsverband
    En ligt de doorzettingsmacht bij de Raad voor de Kinderbescherming
    En staat de onderwijsconsulent niet aan tafel

  @DOORZETTEN-GESCHIL-01
  Abstract Scenario: De Geschillencommissie komt in beeld als het onderwijsaanbod de vraag is
    Het onderwijsaanbod is de vraag als het kind onderwijs mist, als vrijstelling gevraagd is, als het kind maar
    een deel van de tijd onderwijs aankan, of als de zorg gaat over leren of over wat op school speelt.

    Gegeven een kind van 9 jaar op de basisschool
    En er zijn zorgen over <zorgen>
    En de problemen spelen <waar>
    En <situatie>
    En de ouders staan niet achter de aanpak
    En de partijen komen er samen niet uit
    Als de professional om advies vraagt
    Dan wijst het advies de ouders <weg> naar de Geschillencommissie passend onderwijs

    Voorbeelden:
      | zorgen                     | waar                      | situatie                                        | weg         |
      | de opvoeding               | alleen thuis              | het kind zit 6 weken zonder passend onderwijs   | de weg      |
      | de opvoeding               | alleen thuis              | er wordt vrijstelling van de leerplicht gevraagd | de weg      |
      | de opvoeding               | alleen thuis              | het kind kan een deel van de tijd onderwijs aan | de weg      |
      | leren                      | alleen thuis              | het kind woont in een andere regio              | de weg      |
      | gedrag                     | alleen op school          | het kind woont in een andere regio              | de weg      |
      | psychische problemen       | alleen op school          | het kind woont in een andere regio              | de weg      |
      | gedrag                     | alleen thuis              | het kind woont in een andere regio              | niet de weg |
      | psychische problemen       | alleen thuis              | het kind woont in een andere regio              | niet de weg |
      | de opvoeding               | zowel op school als thuis | het kind woont in een andere regio              | niet de weg |
      | meerdere problemen in het gezin | zowel op school als thuis | het kind woont in een andere regio         | niet de weg |

  @DOORZETTEN-GESCHIL-01
  Abstract Scenario: De Geschillencommissie is er voor ouders van een leerplichtig kind in het basisonderwijs, het voortgezet onderwijs of het speciaal onderwijs, of zonder school
    Gegeven een kind van <leeftijd> jaar <plek>
    En er zijn zorgen over leren
    En de ouders staan niet achter de aanpak
    En de partijen komen er samen niet uit
    Als de professional om advies vraagt
    Dan wijst het advies de ouders <weg> naar de Geschillencommissie passend onderwijs

    Voorbeelden:
      | leeftijd | plek                                 | weg         |
      | 12       | zonder school of opvang              | de weg      |
      | 10       | in het speciaal onderwijs            | de weg      |
      | 17       | in het voortgezet speciaal onderwijs | de weg      |
      | 18       | in het voortgezet onderwijs          | niet de weg |
      | 17       | op het mbo                           | niet de weg |
      | 4        | zonder school of opvang              | niet de weg |

  @DOORZETTEN-ONDERWIJS-01 @DOORZETTEN-JEUGDHULP-01
  Abstract Scenario: Het samenwerkingsverband zet door als het vastlopen over het onderwijsaanbod gaat, de gemeente als het over hulp thuis gaat
    Gegeven een kind van 9 jaar op de basisschool
    En er zijn zorgen over <zorgen>
    En de problemen spelen <waar>
    En <situatie>
    En de partijen komen er samen niet uit
    Als de professional om advies vraagt
    Dan ligt de doorzettingsmacht <swv> het samenwerkingsverband
    En ligt de doorzettingsmacht <cjg> het CJG

    Voorbeelden:
      | zorgen                       | waar             | situatie                                      | swv      | cjg      |
      | de opvoeding                 | alleen thuis     | het kind woont in een andere regio            | niet bij | bij      |
      | de veiligheid van het kind   | alleen thuis     | het kind woont in een andere regio            | niet bij | bij      |
      | de opvoeding                 | alleen thuis     | het kind zit 2 weken zonder passend onderwijs | bij      | bij      |
      | een verstandelijke beperking | alleen op school | het kind woont in een andere regio            | bij      | niet bij |
      | een langdurige ziekte        | alleen op school | het kind kan een deel van de tijd onderwijs aan | bij    | niet bij |

  @DOORZETTEN-ONDERWIJS-01
  Scenario: Loopt het alleen vast op hulp thuis, dan schuift de onderwijsconsulent niet aan
    Gegeven een kind van 9 jaar op de basisschool
    En er zijn zorgen over de opvoeding
    En de problemen spelen alleen thuis
    En de partijen komen er samen niet uit
    Als de professional om advies vraagt
    Dan staat de onderwijsconsulent niet aan tafel

  @DOORZETTEN-OUDERS-01
  Abstract Scenario: De Raad is het laatste middel voor een leerplichtige thuiszitter, niet voor een jongere met een startkwalificatie
    Gegeven een jongere van 17 jaar in het voortgezet onderwijs
    En de jongere heeft <startkwalificatie> startkwalificatie
    En de jongere zit 14 weken zonder passend onderwijs
    En de ouders staan niet achter de aanpak
    En de partijen komen er samen niet uit
    Als de professional om advies vraagt
    Dan ligt de doorzettingsmacht <raad> de Raad voor de Kinderbescherming

    Voorbeelden:
      | startkwalificatie | raad     |
      | geen              | bij      |
      | een               | niet bij |

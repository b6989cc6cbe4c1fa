# language: nl
Functionaliteit: Zorg over de veiligheid van het kind
  Als professional die zich zorgen maakt over de veiligheid van een kind
  wil ik weten wie coördineert en wie ik om advies vraag
  zodat het kind veilig is en ik de meldcode goed volg.

  @VEILIGHEID-01
  Scenario: Bij zorg over de veiligheid coördineert de gemeente en wordt Veilig Thuis om advies gevraagd
    Gegeven een kind van 7 jaar op de basisschool
    En er zijn zorgen over de veiligheid van het kind
    Als de professional om advies vraagt
    Dan ligt de regie bij de gemeente
    En neemt het wijkteam of CJG van de gemeente de regie
    En wordt advies van Veilig Thuis overwogen
    En staat Veilig Thuis aan tafel
    En wijst het advies op de veiligheid van het kind

  @VEILIGHEID-01 @REGIE-ZORGPARTNER-01 @REGIE-GEZIN-01
  Abstract Scenario: Veiligheid gaat voor op elke andere regie
    Gegeven een kind van 12 jaar <plek>
    En er zijn zorgen over de veiligheid van het kind en meerdere problemen in het gezin
    En het kind krijgt al specialistische jeugdhulp
    Als de professional om advies vraagt
    Dan ligt de regie bij de gemeente
    En neemt het wijkteam of CJG van de gemeente de regie

    Voorbeelden:
      | plek                        |
      | op de basisschool           |
      | in het speciaal onderwijs   |
      | zonder school of opvang     |

  @VEILIGHEID-RAAD-01
  Abstract Scenario: Werken ouders niet mee terwijl het kind niet veilig is, dan is de Raad het laatste middel
    Gegeven een kind van 10 jaar op de basisschool
    En er zijn zorgen over de veiligheid van het kind
    En de ouders staan <achter> de aanpak
    En de partijen komen er samen niet uit
    Als de professional om advies vraagt
    Dan ligt de doorzettingsmacht <raad> de Raad voor de Kinderbescherming

    Voorbeelden:
      | achter      | raad     |
      | niet achter | bij      |
      | achter      | niet bij |

  @VEILIGHEID-01 @REGIE-ONDERWIJS-01
  Scenario: De gemeente coördineert bij zorg over de veiligheid, maar school en samenwerkingsverband blijven aan tafel
    Gegeven een kind van 7 jaar op de basisschool
    En er zijn zorgen over de veiligheid van het kind
    Als de professional om advies vraagt
    Dan ligt de regie bij de gemeente
    En staat de school aan tafel
    En staat het samenwerkingsverband aan tafel
    En staan de ouders aan tafel

  @VEILIGHEID-01 @REGIE-OPVANG-01
  Scenario: Bij een peuter in de opvang blijft de opvang aan tafel als de veiligheid de regie verschuift
    Gegeven een kind van 3 jaar in de kinderopvang
    En er zijn zorgen over de veiligheid van het kind
    Als de professional om advies vraagt
    Dan ligt de regie bij de gemeente
    En neemt het wijkteam of CJG van de gemeente de regie
    En staat de kinderopvang aan tafel
    En staat de jeugdgezondheidszorg aan tafel

  @VEILIGHEID-RAAD-01
  Scenario: De doorzettingsmacht ligt dan bij de Raad voor de Kinderbescherming
    Gegeven een kind van 10 jaar op de basisschool
    En er zijn zorgen over de veiligheid van het kind
    En de ouders staan niet achter de aanpak
    En de partijen komen er samen niet uit
    Als de professional om advies vraagt
    Dan ligt de doorzettingsmacht bij de Raad voor de Kinderbescherming
    En wijst het advies op het betrekken van de ouders
    En noemt het advies "laatste middel"

  @VEILIGHEID-RAAD-01 @VEILIGHEID-01
  Scenario: Zolang de partijen nog samen zoeken, is de Raad niet aan de orde, ook als ouders twijfelen
    Gegeven een kind van 10 jaar op de basisschool
    En er zijn zorgen over de veiligheid van het kind
    En de ouders staan niet achter de aanpak
    Als de professional om advies vraagt
    Dan ligt de doorzettingsmacht niet bij de Raad voor de Kinderbescherming
    En wordt advies van Veilig Thuis overwogen

  @VEILIGHEID-01 @REGIE-THUIS-01
  Scenario: Speelt de zorg over de veiligheid alleen thuis, dan blijft de school toch aan tafel
    Gegeven een kind van 9 jaar op de basisschool
    En er zijn zorgen over de opvoeding en de veiligheid van het kind
    En de problemen spelen alleen thuis
    Als de professional om advies vraagt
    Dan ligt de regie bij de gemeente
    En staat de school aan tafel
    En wijst het advies op de veiligheid van het kind

  @VEILIGHEID-RAAD-01
  Abstract Scenario: De Raad voor de Kinderbescherming is er voor kinderen tot 18 jaar
    Gegeven een jongere van <leeftijd> jaar in het voortgezet onderwijs
    En er zijn zorgen over de veiligheid van het kind
    En de ouders staan niet achter de aanpak
    En de partijen komen er samen niet uit
    Als de professional om advies vraagt
    Dan ligt de doorzettingsmacht <raad> de Raad voor de Kinderbescherming
    En ligt de doorzettingsmacht bij het CJG

    Voorbeelden:
      | leeftijd | raad     |
      | 17       | bij      |
      | 18       | niet bij |

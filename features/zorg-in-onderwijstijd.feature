# language: nl
Functionaliteit: Zorg tijdens de schooltijd en kinderen die niet (volledig) naar school kunnen
  Als zorgcoördinator of onderwijsconsulent
  wil ik weten wat ik regel voor een kind dat zorg nodig heeft tijdens de schooltijd
  zodat het kind zo veel mogelijk onderwijs krijgt, met de zorg die erbij hoort.

  @ZORG-ONDERWIJSTIJD-01
  Scenario: Zorg uit de Wet langdurige zorg loopt ook onder schooltijd door
    Gegeven een kind van 10 jaar in het speciaal onderwijs
    En er zijn zorgen over een lichamelijke beperking
    En het kind krijgt al zorg uit de Wet langdurige zorg
    Als de professional om advies vraagt
    Dan wordt zorg tijdens de schooltijd overwogen
    En staat het zorgkantoor aan tafel
    En staat de zorgaanbieder aan tafel

  @ZORG-ONDERWIJSTIJD-02
  Scenario: Zorg uit de Zorgverzekeringswet loopt ook onder schooltijd door
    Gegeven een kind van 7 jaar op de basisschool
    En er zijn zorgen over een langdurige ziekte
    En het kind krijgt al zorg uit de Zorgverzekeringswet
    Als de professional om advies vraagt
    Dan wordt zorg tijdens de schooltijd overwogen
    En staat de zorgaanbieder aan tafel
    En staat het zorgkantoor niet aan tafel

  @ZORG-ONDERWIJSTIJD-01 @ZORG-ONDERWIJSTIJD-02
  Scenario: Zonder school of opvang is er geen zorg tijdens de schooltijd te regelen
    Gegeven een kind van 10 jaar zonder school of opvang
    En het kind krijgt al zorg uit de Zorgverzekeringswet
    Als de professional om advies vraagt
    Dan wordt zorg tijdens de schooltijd niet overwogen

  @GROEP-LAAG-01
  Abstract Scenario: Een kind dat cognitief laag functioneert en geen onderwijs aankan, kan naar een kinderdienstencentrum
    Gegeven een kind van <leeftijd> jaar <plek>
    En het kind functioneert cognitief laag
    En het kind kan geen onderwijs aan
    Als de professional om advies vraagt
    Dan wordt een kinderdienstencentrum <overwogen>

    Voorbeelden:
      | leeftijd | plek                                 | overwogen      |
      | 3        | in het speciaal onderwijs            | niet overwogen |
      | 4        | in het speciaal onderwijs            | overwogen      |
      | 18       | in het voortgezet speciaal onderwijs | overwogen      |
      | 19       | in het voortgezet speciaal onderwijs | niet overwogen |

  @GROEP-LAAG-01
  Scenario: Bij een kinderdienstencentrum zitten zorgkantoor en samenwerkingsverband aan tafel
    Gegeven een kind van 8 jaar zonder school of opvang
    En het kind functioneert cognitief laag
    En het kind kan geen onderwijs aan
    Als de professional om advies vraagt
    Dan staat het zorgkantoor aan tafel
    En staat het samenwerkingsverband aan tafel

  @GROEP-LAAG-02
  Abstract Scenario: Een kind dat cognitief laag functioneert en beperkt belastbaar is, kan naar het speciaal onderwijs met zorg
    Gegeven een kind van 9 jaar <plek>
    En het kind functioneert cognitief laag
    En het kind kan <hoeveel> aan
    Als de professional om advies vraagt
    Dan wordt een plek in het speciaal onderwijs <overwogen>
    En wordt zorg tijdens de schooltijd <overwogen>

    Voorbeelden:
      | plek                      | hoeveel                        | overwogen      |
      | op de basisschool         | een deel van de tijd onderwijs | overwogen      |
      | zonder school of opvang   | een deel van de tijd onderwijs | overwogen      |
      | op de basisschool         | een volledig rooster           | niet overwogen |

  @GROEP-GEMIDDELD-01
  Abstract Scenario: Een kind dat cognitief goed functioneert maar beperkt naar school kan, krijgt maatwerk
    Gegeven een kind van <leeftijd> jaar in het voortgezet onderwijs
    En er zijn zorgen over <zorgen>
    En het kind functioneert cognitief gemiddeld tot hoog
    En het kind kan <hoeveel> aan
    Als de professional om advies vraagt
    Dan wordt maatwerk met deels onderwijs en deels zorg <overwogen>

    Voorbeelden:
      | leeftijd | zorgen                     | hoeveel                        | overwogen      |
      | 14       | een langdurige ziekte      | een deel van de tijd onderwijs | overwogen      |
      | 14       | psychische problemen       | geen onderwijs                 | overwogen      |
      | 18       | een lichamelijke beperking | een deel van de tijd onderwijs | overwogen      |
      | 19       | een lichamelijke beperking | een deel van de tijd onderwijs | niet overwogen |
      | 14       | gedrag                     | een deel van de tijd onderwijs | niet overwogen |
      | 14       | een langdurige ziekte      | een volledig rooster           | niet overwogen |

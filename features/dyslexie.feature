# language: nl
Functionaliteit: Dyslexie
  Als intern begeleider in het basisonderwijs
  wil ik weten wanneer de school zelf helpt en wanneer dyslexiezorg in beeld komt
  zodat een kind met ernstige dyslexie op tijd zorg krijgt, en de school eerst doet wat ze kan.

  @DYSLEXIE-01 @DYSLEXIE-EED-01
  Abstract Scenario: Eerst helpt de school; volstaat dat niet op de basisschool, dan komt dyslexiezorg in beeld
    Gegeven een kind van 8 jaar <plek>
    En er zijn zorgen over dyslexie
    En de ondersteuning van school <volstaat>
    Als de professional om advies vraagt
    Dan wordt extra ondersteuning op school <extra>
    En wordt dyslexiezorg <dyslexiezorg>

    Voorbeelden:
      | plek                           | volstaat      | extra          | dyslexiezorg   |
      | op de basisschool              | volstaat      | overwogen      | niet overwogen |
      | op de basisschool              | volstaat niet | niet overwogen | overwogen      |
      | in het speciaal basisonderwijs | volstaat niet | niet overwogen | overwogen      |
      | in het speciaal onderwijs      | volstaat      | overwogen      | niet overwogen |

  @DYSLEXIE-EED-01
  Scenario: In het voortgezet onderwijs is er geen dyslexiezorg uit de Jeugdwet
    Gegeven een kind van 13 jaar in het voortgezet onderwijs
    En er zijn zorgen over dyslexie
    En de ondersteuning van school volstaat niet
    Als de professional om advies vraagt
    Dan wordt dyslexiezorg niet overwogen

  @DYSLEXIE-EED-01
  Scenario: Dyslexiezorg is jeugdhulp: de gemeente beoordeelt de aanvraag, met ouders, school en samenwerkingsverband
    Gegeven een kind van 8 jaar op de basisschool
    En er zijn zorgen over dyslexie
    En de ondersteuning van school volstaat niet
    Als de professional om advies vraagt
    Dan staan de ouders aan tafel
    En staat de school aan tafel
    En staat het samenwerkingsverband aan tafel
    En staat het CJG aan tafel

  @DYSLEXIE-EED-01 @REGIE-ONDERWIJS-01
  Scenario: Een dyslexievraag die ook thuis merkbaar is, blijft een vraag over leren: de regie blijft bij de school
    Gegeven een kind van 9 jaar op de basisschool
    En er zijn zorgen over dyslexie
    En de problemen spelen zowel op school als thuis
    En de ondersteuning van school volstaat niet
    Als de professional om advies vraagt
    Dan blijft de regie bij de school
    En wordt dyslexiezorg overwogen

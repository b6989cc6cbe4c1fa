# language: nl
Functionaliteit: De casussen Levi en M. uit de kadernotitie Drechtsteden
  Als beleidsmaker van gemeente en samenwerkingsverband
  wil ik de twee casussen uit onze kadernotitie terugzien in het advies
  zodat ik zie dat de regels doen wat we met elkaar hebben afgesproken.

  Levi is 8 jaar en zit op de basisschool. Hij kan goed leren en heeft in de klas meer uitdaging nodig.
  Als iets niet lukt, wordt hij heel boos, op school en thuis. Een indicatie is niet nodig: met een
  gedragsdeskundige via het CJG en korte steun voor de ouders lukt het op de eigen school.
  M. is 15 jaar en zit in het voortgezet onderwijs. Hij spijbelt, zijn gedrag is zorgelijk en zijn moeder
  weet niet meer hoe ze hem kan helpen. De school heeft gedaan wat ze kan, en hij staat al 9 weken op een
  wachtlijst voor jeugdhulp.

  @REGIE-ONDERWIJS-01 @OJ-EXPERTISE-01 @OJ-OUDERS-01 @ONDERSTEUNING-EXTRA-01 @REGIO-DS-01
  Scenario: Levi: de regie blijft bij de school, de hulp komt naar de school en de ouders krijgen steun
    Gegeven een kind van 8 jaar op de basisschool
    En het kind woont in de Drechtsteden
    En er zijn zorgen over gedrag en wat hij nodig heeft om te leren
    En het gedrag speelt zowel op school als thuis
    Als de professional om advies vraagt
    Dan blijft de regie bij de school
    En neemt de intern begeleider of zorgcoördinator de regie
    En staan de ouders aan tafel
    En staat het CJG aan tafel
    En wordt jeugdhulp op school overwogen
    En wordt opvoedondersteuning overwogen
    En wordt een plek in het speciaal basisonderwijs niet overwogen
    En wordt een plek in het speciaal onderwijs niet overwogen
    En wordt specialistische jeugdhulp niet overwogen
    En komt basisondersteuning vóór jeugdhulp op school
    En is er geen doorzettingsmacht nodig
    En noemt elke regel van het advies een bron

  @REGIE-GEMEENTE-01 @VERZUIM-01 @WACHTTIJD-01 @OJ-SMW-01 @OJ-SPECIALISTISCH-01 @REGIO-DS-01
  Scenario: M.: de vraag gaat verder dan onderwijs, de gemeente neemt de regie en leerplicht schuift aan
    Gegeven een kind van 15 jaar in het voortgezet onderwijs
    En het kind woont in de Drechtsteden
    En er zijn zorgen over gedrag, verzuim en de opvoeding
    En de problemen spelen zowel op school als thuis
    En de ondersteuning van school volstaat niet
    En het kind wacht 9 weken op jeugdhulp
    Als de professional om advies vraagt
    Dan ligt de regie bij de gemeente
    En neemt het Centrum voor Jeugd en Gezin (CJG) de regie
    En staat leerplicht aan tafel
    En staat het CJG aan tafel
    En staat de school aan tafel
    En staat het samenwerkingsverband aan tafel
    En wordt steun tijdens de wachttijd overwogen
    En wordt schoolmaatschappelijk werk overwogen
    En wijst het advies op de wachtlijst
    En noemt het advies "9 weken"
    En noemt elke regel van het advies een bron

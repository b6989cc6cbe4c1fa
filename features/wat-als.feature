# language: nl
Functionaliteit: Wat zou het advies veranderen? De casussen Levi en M.
  Als professional aan tafel met ouders en school
  wil ik zien welk ander antwoord het advies zou veranderen
  zodat we samen weten waar we op letten, en wat er gebeurt als de situatie verandert.

  Bij Levi lukt het op de eigen school: een gedragsdeskundige via het CJG en korte steun voor de ouders,
  snel en zonder indicatie. Verwijzing naar speciaal onderwijs en zwaardere zorg was niet nodig. Dat verandert
  als de school het met haar ondersteuning niet meer redt, of als er meer in het gezin speelt (kadernotitie
  §3.2); en moet hij op hulp wachten, dan is er steun nodig tijdens het wachten.
  De lijst noemt eerst wat de professional zelf kan veranderen, en hooguit acht punten. Meer problemen in het gezin
  valt daardoor bij Levi buiten de lijst; wat dat verandert, staat bij de regie (één gezin, één plan).
  M. wacht 9 weken op jeugdhulp; in die tijd krijgt zijn moeder gesprekken met een jeugdverpleegkundige
  (bijlage 4). Zonder wachtlijst is die overbrugging niet nodig. Zolang de school haar eigen ondersteuning
  nog niet heeft ingezet, houdt de school de regie (kadernotitie §3.2).

  @REGIE-ONDERWIJS-01 @REGIE-GEMEENTE-01 @SO-SBO-TLV-01 @OJ-SPECIALISTISCH-01 @WACHTTIJD-01
  Scenario: Levi: als de school het niet meer redt, zou de gemeente de regie nemen en kwamen speciaal onderwijs en zwaardere zorg in beeld
    Gegeven een kind van 8 jaar op de basisschool
    En het kind woont in de Drechtsteden
    En er zijn zorgen over gedrag en wat hij nodig heeft om te leren
    En het gedrag speelt zowel op school als thuis
    Als de professional vraagt wat het advies zou veranderen
    Dan zou de regie naar de gemeente gaan als de ondersteuning van school niet meer volstaat
    En zouden een plek in het speciaal basisonderwijs en specialistische jeugdhulp overwogen worden als de ondersteuning van school niet meer volstaat
    En zou steun tijdens de wachttijd overwogen worden als het kind 1 week op jeugdhulp wacht
    En zou er niets veranderen als het kind 9 jaar wordt
    En zou er niets veranderen als het kind in een andere regio woont

  @WACHTTIJD-01 @REGIE-ONDERWIJS-01 @REGIE-GEMEENTE-01 @OJ-SPECIALISTISCH-01 @DOORZETTEN-ONDERWIJS-01 @DOORZETTEN-JEUGDHULP-01 @THUISZITTER-01
  Scenario: M.: zonder wachtlijst zou de overbrugging vervallen, en zolang de school haar ondersteuning niet heeft ingezet, lag de regie bij de school
    Gegeven een kind van 15 jaar in het voortgezet onderwijs
    En het kind woont in de Drechtsteden
    En er zijn zorgen over gedrag, verzuim en de opvoeding
    En de problemen spelen zowel op school als thuis
    En de ondersteuning van school volstaat niet
    En het kind wacht 9 weken op jeugdhulp
    Als de professional vraagt wat het advies zou veranderen
    Dan zou steun tijdens de wachttijd niet meer overwogen worden als het kind niet meer op een wachtlijst voor jeugdhulp staat
    En zou het advies niet meer wijzen op de wachtlijst als het kind niet meer op een wachtlijst voor jeugdhulp staat
    En zou de regie naar de school gaan als de school haar eigen ondersteuning nog niet helemaal heeft ingezet
    En zou specialistische jeugdhulp niet meer overwogen worden als de school haar eigen ondersteuning nog niet helemaal heeft ingezet
    En zou de doorzettingsmacht bij het CJG en het samenwerkingsverband liggen als de partijen er samen niet uitkomen
    En zou de aanpak thuiszitten overwogen worden als het kind 5 weken zonder passend onderwijs zit
    En zou het advies ook wijzen op thuiszitten als het kind 5 weken zonder passend onderwijs zit

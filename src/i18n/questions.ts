import type { Localized } from '../engine/rule.js';
import { TURKISH_EXEMPTION_ENDS, WI2013_FROM } from '../parameters/index.js';
import { longDate } from './format.js';

/**
 * The question to ask for each fact a rule may miss, by generic JSON pointer (`*` = any list
 * index). Shared by both procedures where they share a field.
 */
export const QUESTIONS: Readonly<Record<string, Localized<string>>> = {
  '/humanitarianGround': {
    en: 'On which ground is the non-temporary humanitarian permit applied for (continued residence as a family member, family member of an EU Blue Card holder, or another ground)?',
    nl: 'Op welke grond wordt de verblijfsvergunning op niet-tijdelijke humanitaire gronden aangevraagd (voortgezet verblijf als gezinslid, gezinslid van een houder van een Europese blauwe kaart, of een andere grond)?',
  },
  '/applicant/dateOfBirth': {
    en: "What is the applicant's full date of birth (day, month and year)?",
    nl: 'Wat is de volledige geboortedatum van de aanvrager (dag, maand en jaar)?',
  },
  '/applicant/nationalities': {
    en: 'Which nationalities does the applicant have?',
    nl: 'Welke nationaliteiten heeft de aanvrager?',
  },
  '/applicant/familyMembers': {
    en: 'Does the applicant have a spouse, partner, parent, child or other family member with Turkish nationality? List each (or none).',
    nl: 'Heeft de aanvrager een echtgeno(o)t(e), partner, ouder, kind of ander familielid met de Turkse nationaliteit? Noem ieder (of geen).',
  },
  '/applicant/familyMembers/*/relationship': {
    en: 'What is this family member to the applicant (spouse, registered partner, unregistered partner, parent, child or other)?',
    nl: 'Wat is dit familielid van de aanvrager (echtgeno(o)t(e), geregistreerd partner, niet-geregistreerd partner, ouder, kind of anders)?',
  },
  '/applicant/familyMembers/*/nationalities': {
    en: 'Which nationalities does this family member have?',
    nl: 'Welke nationaliteiten heeft dit familielid?',
  },
  '/applicant/residencePeriods': {
    en: 'During which periods was the applicant registered in the BRP in the European Netherlands (from, and the departure date)?',
    nl: 'In welke perioden stond de aanvrager in de BRP ingeschreven in Europees Nederland (vanaf, en de vertrekdatum)?',
  },
  '/applicant/residencePeriods/*/from': {
    en: 'From which date was the applicant registered in this period?',
    nl: 'Vanaf welke datum stond de aanvrager in deze periode ingeschreven?',
  },
  '/applicant/residencePeriods/*/to': {
    en: 'On which date did this registration end (the BRP departure date)?',
    nl: 'Op welke datum eindigde deze inschrijving (de vertrekdatum in de BRP)?',
  },
  '/applicant/livedInNetherlandsSinceBirthOrBeforeAge4': {
    en: 'Was the applicant born in the Netherlands or living here before the 4th birthday, without moving the main residence abroad since?',
    nl: 'Is de aanvrager in Nederland geboren of woonde hij of zij hier vóór de 4e verjaardag, zonder sindsdien het hoofdverblijf naar het buitenland te verplaatsen?',
  },
  '/applicant/yearsLawfulResidenceBeforeAge19': {
    en: 'How many whole years did the applicant reside lawfully on a regular permit (Vw 2000 art. 8(a), (b) or (l)) before the 19th birthday?',
    nl: 'Hoeveel hele jaren verbleef de aanvrager rechtmatig met een reguliere vergunning (Vw 2000 art. 8 onder a, b of l) vóór de 19e verjaardag?',
  },
  '/applicant/formerDutchNational': {
    en: 'Did the applicant ever have Dutch nationality?',
    nl: 'Heeft de aanvrager ooit de Nederlandse nationaliteit gehad?',
  },
  '/applicant/dutchNationalityLoss': {
    en: 'How and when was Dutch nationality lost?',
    nl: 'Hoe en wanneer is het Nederlanderschap verloren?',
  },
  '/applicant/dutchNationalityLoss/lossReason': {
    en: 'How was Dutch nationality lost (renunciation, withdrawal for keeping the other nationality, or otherwise)?',
    nl: 'Hoe is het Nederlanderschap verloren (afstand, intrekking wegens het behouden van de andere nationaliteit, of anders)?',
  },
  '/applicant/dutchNationalityLoss/yearsLawfulResidenceBeforeAcquiringDutchNationality': {
    en: 'How many whole years of lawful residence in the Netherlands did the applicant have before naturalisation?',
    nl: 'Hoeveel hele jaren rechtmatig verblijf in Nederland had de aanvrager vóór de naturalisatie?',
  },
  '/integration/regime': {
    en: 'Under which civic integration act was the applicant obliged to integrate (Wi 2007, Wi 2013, Wi 2021, or never obliged)?',
    nl: 'Onder welke inburgeringswet was de aanvrager inburgeringsplichtig (Wi 2007, Wi 2013, Wi 2021, of nooit)?',
  },
  '/integration/diplomas': {
    en: 'Which civic integration diplomas, certificates, Dutch education diplomas or related decisions does the applicant have (or none)?',
    nl: "Welke inburgeringsdiploma's, certificaten, Nederlandse onderwijsdiploma's of verwante besluiten heeft de aanvrager (of geen)?",
  },
  '/integration/diplomas/*/type': {
    en: 'What kind of document is this?',
    nl: 'Wat voor document is dit?',
  },
  '/integration/diplomas/*/educationLevel': {
    en: 'At which level is this Dutch education diploma (wo, hbo, vwo, havo, vmbo, mbo 1–4)?',
    nl: 'Op welk niveau is dit Nederlandse onderwijsdiploma (wo, hbo, vwo, havo, vmbo, mbo 1–4)?',
  },
  '/integration/diplomas/*/levels': {
    en: 'Which levels does the document state for reading, listening, writing and speaking?',
    nl: 'Welke niveaus vermeldt het document voor lezen, luisteren, schrijven en spreken?',
  },
  '/integration/diplomas/*/levels/reading': {
    en: 'Which level does the document state for reading?',
    nl: 'Welk niveau vermeldt het document voor lezen?',
  },
  '/integration/diplomas/*/levels/listening': {
    en: 'Which level does the document state for listening?',
    nl: 'Welk niveau vermeldt het document voor luisteren?',
  },
  '/integration/diplomas/*/levels/writing': {
    en: 'Which level does the document state for writing?',
    nl: 'Welk niveau vermeldt het document voor schrijven?',
  },
  '/integration/diplomas/*/levels/speaking': {
    en: 'Which level does the document state for speaking?',
    nl: 'Welk niveau vermeldt het document voor spreken?',
  },
  '/integration/diplomas/*/moPassed': {
    en: 'Does the WIN certificate (or its ROC statement) show the maatschappij-oriëntatie part passed at the level of WIN art. 11(1)(b)?',
    nl: 'Blijkt uit het WIN-certificaat (of de ROC-verklaring) dat het onderdeel maatschappij-oriëntatie is behaald op het niveau van WIN art. 11 lid 1 onder b?',
  },
  '/integration/diplomas/*/issuedOn': {
    en: 'On which date was the document issued?',
    nl: 'Op welke datum is het document afgegeven?',
  },
  '/integration/duoDecisions': {
    en: `Which decisions did DUO (or before ${longDate(WI2013_FROM.text, 'en')} the municipality) take on the civic integration obligation (or none)?`,
    nl: `Welke besluiten nam DUO (of vóór ${longDate(WI2013_FROM.text, 'nl')} de gemeente) over de inburgeringsplicht (of geen)?`,
  },
  '/integration/duoDecisions/*/kind': {
    en: 'Is this decision an exemption (vrijstelling) or a dispensation (ontheffing)?',
    nl: 'Is dit besluit een vrijstelling of een ontheffing?',
  },
  '/integration/duoDecisions/*/ground': {
    en: 'On which ground was this decision taken?',
    nl: 'Op welke grond is dit besluit genomen?',
  },
  '/integration/duoDecisions/*/partial': {
    en: 'Does this decision cover only some exam parts?',
    nl: 'Geldt dit besluit maar voor een deel van de examenonderdelen?',
  },
  '/integration/duoDecisions/*/decidedOn': {
    en: 'On which date was this decision taken?',
    nl: 'Op welke datum is dit besluit genomen?',
  },
  '/integration/passedAllExamPartsExceptParticipation': {
    en: 'Did the applicant pass every part of the civic integration exam except the participation statement?',
    nl: 'Heeft de aanvrager alle onderdelen van het inburgeringsexamen behaald behalve de participatieverklaring?',
  },
  '/placeOfResidence': {
    en: 'Where does the applicant live: the European Netherlands, abroad, or the Caribbean part of the Kingdom?',
    nl: 'Waar woont de aanvrager: in Europees Nederland, in het buitenland, of in het Caribische deel van het Koninkrijk?',
  },
  '/applicant/marriedBefore18': {
    en: 'Was the applicant married before the 18th birthday?',
    nl: 'Was de aanvrager vóór de 18e verjaardag getrouwd?',
  },
  '/applicant/moluccan': {
    en: 'Does the applicant fall under the Moluccans act of 9 September 1976?',
    nl: 'Valt de aanvrager onder de Wet van 9 september 1976 betreffende de positie van Molukkers?',
  },
  '/integration/examResults': {
    en: 'Which parts of a civic integration exam has the applicant passed (or none)?',
    nl: 'Welke onderdelen van een inburgeringsexamen heeft de aanvrager behaald (of geen)?',
  },
  '/integration/examResults/*/exam': {
    en: 'In which exam was this part passed?',
    nl: 'In welk examen is dit onderdeel behaald?',
  },
  '/integration/examResults/*/component': {
    en: 'Which component is this result for?',
    nl: 'Voor welk onderdeel is deze uitslag?',
  },
  '/integration/examResults/*/level': {
    en: 'At which level was this language part passed?',
    nl: 'Op welk niveau is dit taalonderdeel behaald?',
  },
  '/integration/examResults/*/passedOn': {
    en: 'On which date was this part passed?',
    nl: 'Op welke datum is dit onderdeel behaald?',
  },
  '/integration/onaExemption': {
    en: 'Has DUO exempted the applicant from the ONA part (employee, self-employed, Bbz, registered before 2015), or not?',
    nl: 'Heeft DUO de aanvrager vrijgesteld van het onderdeel ONA (loondienst, zelfstandige, Bbz, aangemeld vóór 2015), of niet?',
  },
  '/circumstances/medicalAdvice/issuedOn': {
    en: 'On which date was the medical statement (or advice) issued?',
    nl: 'Op welke datum is de medische verklaring afgegeven?',
  },
  '/circumstances/medicalAdvice/concludesUnableToPass': {
    en: 'Is there a statement of the doctor designated by DUO that the applicant permanently cannot pass the examination?',
    nl: 'Is er een verklaring van de door DUO aangewezen arts dat de aanvrager het examen blijvend niet kan halen?',
  },
  '/circumstances/duoEffortsAdvice/issuedOn': {
    en: 'On which date did DUO give its advice on efforts?',
    nl: 'Op welke datum gaf DUO het advies over de inspanningen?',
  },
  '/circumstances/duoEffortsAdvice/positive': {
    en: 'Has DUO advised that the applicant cannot pass despite demonstrable efforts?',
    nl: 'Heeft DUO geadviseerd dat de aanvrager ondanks aantoonbare inspanningen niet kan slagen?',
  },
  '/circumstances/sufficientlyIntegrated': {
    en: 'Can the applicant show, with documents, to be sufficiently integrated?',
    nl: 'Kan de aanvrager met documenten aantonen voldoende ingeburgerd te zijn?',
  },
  '/circumstances/particularIndividualCircumstances': {
    en: 'Do particular individual circumstances prevent the applicant from passing the examination, and can they be shown?',
    nl: 'Verhinderen bijzondere individuele omstandigheden dat de aanvrager het examen haalt, en zijn die aan te tonen?',
  },
  '/circumstances/relationshipEndedByDomesticViolence': {
    en: 'Did the relationship on which the dependent permit was based end because of domestic violence?',
    nl: 'Is de relatie waarop de afhankelijke vergunning was gebaseerd verbroken wegens huiselijk geweld?',
  },
  '/circumstances/turkishStandstillWorker': {
    en: 'Does the applicant or the Turkish family member work, or intend to work, lawfully in the Netherlands?',
    nl: 'Werkt de aanvrager of het Turkse gezinslid rechtmatig in Nederland, of is hij of zij dat van plan?',
  },
  '/circumstances/otherConditionsMetBefore2025': {
    en: `Were all other conditions of the permit met before ${longDate(TURKISH_EXEMPTION_ENDS.text, 'en')}?`,
    nl: `Werd vóór ${longDate(TURKISH_EXEMPTION_ENDS.text, 'nl')} aan alle andere voorwaarden van de vergunning voldaan?`,
  },
};

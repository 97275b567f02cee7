import { factsOf, itemFact } from '../../engine/fact.js';
import { longDate } from '../../i18n/format.js';
import { TURKISH_EXEMPTION_ENDS } from '../../parameters/index.js';
import type { ResidenceRequest } from '../../schemas/residence.js';
import { DIPLOMAS, DUO_DECISIONS } from '../shared/facts.js';

/**
 * The residence registry of facts: every fact a residence rule reads, declared once with its pointer,
 * its reader (derived from the pointer, typed by the request schema) and its question in English and
 * Dutch. Rules name facts from here; the engine asks for a missing fact with the question declared here.
 */
export * from '../shared/facts.js';

const request = factsOf<ResidenceRequest>();

export const REQUESTED_PERMIT = request.at('/requestedPermit', {
  en: 'Which residence permit is applied for?',
  nl: 'Welke verblijfsvergunning wordt aangevraagd?',
});

export const HUMANITARIAN_GROUND = request.at('/humanitarianGround', {
  en: 'On which ground is the non-temporary humanitarian permit applied for (continued residence as a family member, family member of an EU Blue Card holder, or another ground)?',
  nl: 'Op welke grond wordt de verblijfsvergunning op niet-tijdelijke humanitaire gronden aangevraagd (voortgezet verblijf als gezinslid, gezinslid van een houder van een Europese blauwe kaart, of een andere grond)?',
});

export const FAMILY_MEMBERS = request.at('/applicant/familyMembers', {
  en: 'Does the applicant have a spouse, partner, parent, child or other family member with Turkish nationality? List each (or none).',
  nl: 'Heeft de aanvrager een echtgeno(o)t(e), partner, ouder, kind of ander familielid met de Turkse nationaliteit? Noem ieder (of geen).',
});

export const RELATIONSHIP = itemFact(FAMILY_MEMBERS, '/relationship', {
  en: 'What is this family member to the applicant (spouse, registered partner, unregistered partner, parent, child or other)?',
  nl: 'Wat is dit familielid van de aanvrager (echtgeno(o)t(e), geregistreerd partner, niet-geregistreerd partner, ouder, kind of anders)?',
});

export const MEMBER_NATIONALITIES = itemFact(FAMILY_MEMBERS, '/nationalities', {
  en: 'Which nationalities does this family member have?',
  nl: 'Welke nationaliteiten heeft dit familielid?',
});

export const LIVED_HERE_SINCE_YOUNG = request.at('/applicant/livedInNetherlandsSinceBirthOrBeforeAge4', {
  en: 'Was the applicant born in the Netherlands or living here before the 4th birthday, without moving the main residence abroad since?',
  nl: 'Is de aanvrager in Nederland geboren of woonde hij of zij hier vóór de 4e verjaardag, zonder sindsdien het hoofdverblijf naar het buitenland te verplaatsen?',
});

export const YEARS_BEFORE_19 = request.at('/applicant/yearsLawfulResidenceBeforeAge19', {
  en: 'How many whole years did the applicant reside lawfully on a regular permit (Vw 2000 art. 8(a), (b) or (l)) before the 19th birthday?',
  nl: 'Hoeveel hele jaren verbleef de aanvrager rechtmatig met een reguliere vergunning (Vw 2000 art. 8 onder a, b of l) vóór de 19e verjaardag?',
});

export const FORMER_DUTCH_NATIONAL = request.at('/applicant/formerDutchNational', {
  en: 'Did the applicant ever have Dutch nationality?',
  nl: 'Heeft de aanvrager ooit de Nederlandse nationaliteit gehad?',
});

export const LOSS_REASON = request.at('/applicant/dutchNationalityLoss/lossReason', {
  en: 'How was Dutch nationality lost (renunciation, withdrawal for keeping the other nationality, or otherwise)?',
  nl: 'Hoe is het Nederlanderschap verloren (afstand, intrekking wegens het behouden van de andere nationaliteit, of anders)?',
});

export const YEARS_BEFORE_DUTCH = request.at(
  '/applicant/dutchNationalityLoss/yearsLawfulResidenceBeforeAcquiringDutchNationality',
  {
    en: 'How many whole years of lawful residence in the Netherlands did the applicant have before naturalisation?',
    nl: 'Hoeveel hele jaren rechtmatig verblijf in Nederland had de aanvrager vóór de naturalisatie?',
  },
);

export const REGIME = request.at('/integration/regime', {
  en: 'Under which civic integration act was the applicant obliged to integrate (Wi 2007, Wi 2013, Wi 2021, or never obliged)?',
  nl: 'Onder welke inburgeringswet was de aanvrager inburgeringsplichtig (Wi 2007, Wi 2013, Wi 2021, of nooit)?',
});

export const ALL_PARTS_BUT_PARTICIPATION = request.at('/integration/passedAllExamPartsExceptParticipation', {
  en: 'Did the applicant pass every part of the civic integration exam except the participation statement?',
  nl: 'Heeft de aanvrager alle onderdelen van het inburgeringsexamen behaald behalve de participatieverklaring?',
});

export const SUFFICIENTLY_INTEGRATED = request.at('/circumstances/sufficientlyIntegrated', {
  en: 'Can the applicant show, with documents, to be sufficiently integrated?',
  nl: 'Kan de aanvrager met documenten aantonen voldoende ingeburgerd te zijn?',
});

export const DOMESTIC_VIOLENCE = request.at('/circumstances/relationshipEndedByDomesticViolence', {
  en: 'Did the relationship on which the dependent permit was based end because of domestic violence?',
  nl: 'Is de relatie waarop de afhankelijke vergunning was gebaseerd verbroken wegens huiselijk geweld?',
});

export const TURKISH_STANDSTILL_WORKER = request.at('/circumstances/turkishStandstillWorker', {
  en: 'Does the applicant or the Turkish family member work, or intend to work, lawfully in the Netherlands?',
  nl: 'Werkt de aanvrager of het Turkse gezinslid rechtmatig in Nederland, of is hij of zij dat van plan?',
});

export const OTHER_CONDITIONS_MET = request.at('/circumstances/otherConditionsMetBefore2025', {
  en: `Were all other conditions of the permit met before ${longDate(TURKISH_EXEMPTION_ENDS.text, 'en')}?`,
  nl: `Werd vóór ${longDate(TURKISH_EXEMPTION_ENDS.text, 'nl')} aan alle andere voorwaarden van de vergunning voldaan?`,
});

export const EDUCATION_LEVEL = itemFact(DIPLOMAS, '/educationLevel', {
  en: 'At which level is this Dutch education diploma (wo, hbo, vwo, havo, vmbo, mbo 1–4)?',
  nl: 'Op welk niveau is dit Nederlandse onderwijsdiploma (wo, hbo, vwo, havo, vmbo, mbo 1–4)?',
});

export const DECISION_PARTIAL = itemFact(DUO_DECISIONS, '/partial', {
  en: 'Does this decision cover only some exam parts?',
  nl: 'Geldt dit besluit maar voor een deel van de examenonderdelen?',
});

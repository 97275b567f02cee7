import type { Lang, Localized } from '../engine/rule.js';
import { MODELLED_FROM } from '../parameters/index.js';
import type { InvalidParam } from '../validation/invalid-params.js';

export type ProblemCode =
  | 'paramsValidation'
  | 'unauthorized'
  | 'notFound'
  | 'methodNotAllowed'
  | 'notAcceptable'
  | 'requestTimeout'
  | 'payloadTooLarge'
  | 'unsupportedMediaType'
  | 'tooManyRequests'
  | 'headersTooLarge'
  | 'serverError'
  | 'serviceUnavailable';

export const PROBLEM_STATUS: Readonly<Record<ProblemCode, number>> = {
  paramsValidation: 400,
  unauthorized: 401,
  notFound: 404,
  methodNotAllowed: 405,
  notAcceptable: 406,
  requestTimeout: 408,
  payloadTooLarge: 413,
  unsupportedMediaType: 415,
  tooManyRequests: 429,
  headersTooLarge: 431,
  serverError: 500,
  serviceUnavailable: 503,
};

/** Problem types point at the HTTP semantics of their status (RFC 9110), as Haal Centraal does. */
export const PROBLEM_TYPE: Readonly<Record<ProblemCode, string>> = {
  paramsValidation: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1',
  unauthorized: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2',
  notFound: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5',
  methodNotAllowed: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6',
  notAcceptable: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.7',
  requestTimeout: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.9',
  payloadTooLarge: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14',
  unsupportedMediaType: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16',
  tooManyRequests: 'https://www.rfc-editor.org/rfc/rfc6585#section-4',
  headersTooLarge: 'https://www.rfc-editor.org/rfc/rfc6585#section-5',
  serverError: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1',
  serviceUnavailable: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4',
};

export const PROBLEM_TITLE: Readonly<Record<ProblemCode, Localized<string>>> = {
  paramsValidation: {
    en: 'One or more parameters are not correct.',
    nl: 'Een of meerdere parameters zijn niet correct.',
  },
  unauthorized: { en: 'Not authenticated.', nl: 'Niet correct geauthenticeerd.' },
  notFound: { en: 'The requested resource does not exist.', nl: 'Wat u opvraagt bestaat niet.' },
  methodNotAllowed: {
    en: 'The HTTP method is not allowed.',
    nl: 'Gebruikte HTTP-methode is niet toegestaan.',
  },
  notAcceptable: {
    en: 'The requested media type is not available.',
    nl: 'Gevraagd mediatype wordt niet ondersteund.',
  },
  requestTimeout: {
    en: 'The request was not received in time.',
    nl: 'Het verzoek is niet op tijd ontvangen.',
  },
  payloadTooLarge: { en: 'The request body is too large.', nl: 'Het verzoek is te groot.' },
  unsupportedMediaType: {
    en: 'The media type of the body is not supported.',
    nl: 'Het formaat van de inhoud wordt niet ondersteund.',
  },
  tooManyRequests: { en: 'Too many requests.', nl: 'Te veel verzoeken.' },
  headersTooLarge: {
    en: 'The request header fields are too large.',
    nl: 'De headers van het verzoek zijn te groot.',
  },
  serverError: { en: 'Internal server error.', nl: 'Interne serverfout.' },
  serviceUnavailable: {
    en: 'The service is temporarily unavailable.',
    nl: 'De dienst is tijdelijk niet beschikbaar.',
  },
};

export const PROBLEM_DETAIL: Readonly<Record<ProblemCode, Localized<string>>> = {
  paramsValidation: {
    en: 'The request does not match the contract; every invalid field is listed under invalidParams.',
    nl: 'Het verzoek voldoet niet aan het contract; elk onjuist veld staat onder invalidParams.',
  },
  unauthorized: {
    en: 'Send a valid API key as "Authorization: Bearer <key>" or "X-API-Key".',
    nl: 'Stuur een geldige API-sleutel als "Authorization: Bearer <sleutel>" of "X-API-Key".',
  },
  notFound: { en: 'There is no resource at this path.', nl: 'Op dit adres is niets te vinden.' },
  methodNotAllowed: {
    en: 'This path does not support the method; the Allow header lists the methods it does.',
    nl: 'Dit adres ondersteunt deze methode niet; de Allow-header noemt de methoden die wel kunnen.',
  },
  notAcceptable: {
    en: 'This API answers only with application/json or application/problem+json.',
    nl: 'Deze API antwoordt alleen met application/json of application/problem+json.',
  },
  requestTimeout: {
    en: 'The whole request must arrive within the time limit (REQUEST_TIMEOUT_MS); the connection is closed.',
    nl: 'Het hele verzoek moet binnen de tijdslimiet (REQUEST_TIMEOUT_MS) binnenkomen; de verbinding wordt gesloten.',
  },
  headersTooLarge: {
    en: 'The request headers exceed the size limit; send fewer or shorter headers.',
    nl: 'De headers van het verzoek zijn groter dan de limiet; stuur minder of kortere headers.',
  },
  payloadTooLarge: {
    en: 'The request body exceeds the size limit of this endpoint.',
    nl: 'Het verzoek is groter dan dit adres aanneemt.',
  },
  unsupportedMediaType: {
    en: 'Send the body as application/json (UTF-8).',
    nl: 'Stuur de inhoud als application/json (UTF-8).',
  },
  tooManyRequests: {
    en: 'The rate limit is reached; retry after the number of seconds in Retry-After.',
    nl: 'De limiet is bereikt; probeer het opnieuw na het aantal seconden in Retry-After.',
  },
  serverError: {
    en: 'The request could not be handled because of an unexpected error.',
    nl: 'Het verzoek kon niet worden afgehandeld door een onverwachte fout.',
  },
  serviceUnavailable: {
    en: 'The service is shutting down, overloaded or at its limit of concurrent batches; retry after the number of seconds in Retry-After.',
    nl: 'De dienst sluit af, is overbelast of verwerkt al het maximum aantal batches tegelijk; probeer het opnieuw na het aantal seconden in Retry-After.',
  },
};

/** What a reason text may use of the invalid field besides its code. */
type ReasonInput = Pick<InvalidParam, 'limit' | 'allowed' | 'list' | 'format'>;
type Reason = Localized<(p: ReasonInput) => string>;

/** The lists too long to quote in a reason, by the name their schema gives them (x-list). */
const LISTS: Readonly<Record<string, Localized<string>>> = {
  country: {
    en: 'The value is not a country code in use: an ISO 3166-1 alpha-2 code currently assigned, upper case (such as NL or TR), or XK for Kosovo.',
    nl: 'Dit is geen landcode die in gebruik is: gebruik twee hoofdletters volgens ISO 3166-1 (zoals NL of TR), of XK voor Kosovo.',
  },
};

const values = (allowed: readonly string[] = []) => allowed.join(', ');

const REASONS: Readonly<Record<string, Reason>> = {
  required: { en: () => 'The field is required.', nl: () => 'Dit veld is verplicht.' },
  date: {
    en: (p) =>
      p.format === 'birth-date'
        ? 'The value is not a valid birth date: YYYY-MM-DD, YYYY-MM or YYYY (the BRP form with 00 for an unknown day or month, such as 1990-05-00 or 1990-00-00, is accepted too).'
        : 'The value is not a valid date (YYYY-MM-DD, a real calendar date).',
    nl: (p) =>
      p.format === 'birth-date'
        ? 'Dit is geen geldige geboortedatum: JJJJ-MM-DD, JJJJ-MM of JJJJ (de BRP-schrijfwijze met 00 voor een onbekende dag of maand, zoals 1990-05-00 of 1990-00-00, mag ook).'
        : 'Dit is geen geldige datum (JJJJ-MM-DD, een datum die bestaat).',
  },
  enum: {
    en: (p) => LISTS[p.list ?? '']?.en ?? `The value is not one of the allowed values: ${values(p.allowed)}.`,
    nl: (p) => LISTS[p.list ?? '']?.nl ?? `Deze waarde is niet toegestaan. Kies uit: ${values(p.allowed)}.`,
  },
  pattern: {
    en: () => 'The value does not match the required pattern.',
    nl: () => 'Deze waarde heeft niet de juiste vorm.',
  },
  maxLength: {
    en: (p) => `The value is longer than ${p.limit} characters.`,
    nl: (p) => `Deze waarde is langer dan ${p.limit} tekens.`,
  },
  minLength: {
    en: (p) => `The value is shorter than ${p.limit} characters.`,
    nl: (p) => `Deze waarde is korter dan ${p.limit} tekens.`,
  },
  maxItems: {
    en: (p) => `The list has more than ${p.limit} items.`,
    nl: (p) => `De lijst heeft meer dan ${p.limit} onderdelen.`,
  },
  minItems: {
    en: (p) => `The list has fewer than ${p.limit} items.`,
    nl: (p) => `De lijst heeft minder dan ${p.limit} onderdelen.`,
  },
  minimum: {
    en: (p) => `The value is lower than the minimum ${p.limit}.`,
    nl: (p) => `Deze waarde is lager dan het minimum ${p.limit}.`,
  },
  maximum: {
    en: (p) => `The value is higher than the maximum ${p.limit}.`,
    nl: (p) => `Deze waarde is hoger dan het maximum ${p.limit}.`,
  },
  integer: { en: () => 'The value is not a whole number.', nl: () => 'Dit is geen geheel getal.' },
  number: { en: () => 'The value is not a number.', nl: () => 'Dit is geen getal.' },
  boolean: { en: () => 'The value is not true or false.', nl: () => 'Dit moet true of false zijn.' },
  string: {
    en: () => 'The value is not a string.',
    nl: () => 'Dit moet tekst zijn (tussen aanhalingstekens).',
  },
  object: { en: () => 'The value is not a JSON object.', nl: () => 'Dit moet een JSON-object zijn.' },
  array: { en: () => 'The value is not a list.', nl: () => 'Dit moet een lijst zijn.' },
  unknownParam: {
    en: () => 'The field is not part of this request (check the spelling).',
    nl: () => 'Dit veld hoort niet bij dit verzoek (controleer de spelling).',
  },
  duplicate: {
    en: () => 'The value occurs more than once.',
    nl: () => 'Deze waarde komt meer dan eens voor.',
  },
  dateOrder: {
    en: () =>
      'The date is in the wrong order with a related date (birth date after the application date, decision before the application, or an end not after its start).',
    nl: () =>
      'De datum staat in de verkeerde volgorde met een verwante datum (geboortedatum na de aanvraagdatum, beslissing vóór de aanvraag, of een einde niet na het begin).',
  },
  notAllowed: {
    en: () => 'The field is not allowed with the other values of this request.',
    nl: () => 'Dit veld mag niet samen met de andere waarden van dit verzoek.',
  },
  // With a limit: a timeline longer than that many years.
  outOfRange: {
    en: (p) =>
      p.limit === undefined
        ? `The date is before ${MODELLED_FROM}: earlier law is not modelled.`
        : `The timeline may span at most ${p.limit} years.`,
    nl: (p) =>
      p.limit === undefined
        ? `De datum ligt vóór ${MODELLED_FROM}: eerder recht is niet gemodelleerd.`
        : `De tijdlijn mag ten hoogste ${p.limit} jaar beslaan.`,
  },
  json: {
    en: () => 'The body is not valid JSON.',
    nl: () => 'De inhoud van het verzoek is geen geldige JSON.',
  },
  duplicateKey: {
    en: () => 'The field occurs more than once in its object; send it once.',
    nl: () => 'Het veld komt meer dan eens voor in zijn object; stuur het één keer.',
  },
  maxDepth: {
    en: (p) => `The value is nested deeper than ${p.limit} levels.`,
    nl: (p) => `De waarde is dieper genest dan ${p.limit} niveaus.`,
  },
  numberRange: {
    en: () => 'The number cannot be represented as written (too small or too large).',
    nl: () => 'Het getal kan niet worden weergegeven zoals het is geschreven (te klein of te groot).',
  },
  maxBytes: {
    en: (p) => `The case is larger than ${p.limit} bytes (the limit of a single assessment).`,
    nl: (p) => `De casus is groter dan ${p.limit} bytes (de limiet van een enkele beoordeling).`,
  },
};

const FALLBACK: Localized<() => string> = {
  en: () => 'The value is not valid.',
  nl: () => 'Deze waarde is niet geldig.',
};

/** The reason for one invalid field, in the client's language; it never quotes the value sent. */
export function reasonFor(param: Pick<InvalidParam, 'code'> & ReasonInput, lang: Lang): string {
  return (REASONS[param.code]?.[lang] ?? FALLBACK[lang])(param);
}

export const INVALID_PARAM_CODES = Object.keys(REASONS);

export interface ProblemBody {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance: string;
  readonly code: ProblemCode;
  readonly invalidParams?: readonly {
    readonly name: string;
    readonly code: string;
    readonly reason: string;
  }[];
}

/** The problem+json body in the client's language; it never quotes a submitted value. */
export function problemBody(
  code: ProblemCode,
  lang: Lang,
  instance: string,
  invalidParams?: readonly InvalidParam[],
): ProblemBody {
  return {
    type: PROBLEM_TYPE[code],
    title: PROBLEM_TITLE[code][lang],
    status: PROBLEM_STATUS[code],
    detail: PROBLEM_DETAIL[code][lang],
    instance,
    code,
    ...(invalidParams
      ? {
          invalidParams: invalidParams.map((p) => ({
            name: p.name,
            code: p.code,
            reason: reasonFor(p, lang),
          })),
        }
      : {}),
  };
}

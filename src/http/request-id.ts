import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * The correlation-id policy (X-Request-ID). A case system's own id is echoed and logged when it is
 * 1–64 characters of [A-Za-z0-9._:/-] (so `zaak/2026/001` passes) and carries nothing that could
 * be personal data: no date-like run (`1977-07-17`, `17/07/1977`) and no run of 8 or more digits
 * (a BSN has 9, an A-number 10). Any other id is replaced by a UUID, never silently: the response
 * says why in X-Request-ID-Replaced.
 */
export const REQUEST_ID_CHARACTERS = /^[A-Za-z0-9._:/-]{1,64}$/;
const DATE_LIKE = /\d{1,4}[-./:]\d{1,2}[-./:]\d{1,4}/;
const LONG_DIGIT_RUN = /\d{8,}/;
/** A UUID is an id by construction, whatever digits its hex groups happen to hold. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Why an id sent was replaced: not of the allowed form, or possibly personal data. */
export type Replacement = 'invalid' | 'personal-data';

export const REPLACED_HEADER = 'X-Request-ID-Replaced';

/** Whether an X-Request-ID sent can be used as it is, and if not, why. */
export function checkRequestId(sent: string): Replacement | undefined {
  if (!REQUEST_ID_CHARACTERS.test(sent)) return 'invalid';
  if (UUID.test(sent)) return undefined;
  if (DATE_LIKE.test(sent) || LONG_DIGIT_RUN.test(sent)) return 'personal-data';
  return undefined;
}

/** The X-Request-ID header of a request, when it sent exactly one. */
function sentId(req: Pick<IncomingMessage, 'headers'>): string | undefined {
  const sent = req.headers['x-request-id'];
  return typeof sent === 'string' ? sent : undefined;
}

/** The request's id: the client's X-Request-ID when the policy allows it, else a new UUID. */
export function requestId(req: IncomingMessage): string {
  const sent = sentId(req);
  return sent !== undefined && checkRequestId(sent) === undefined ? sent : randomUUID();
}

/** Why the client's X-Request-ID was replaced, for the response header; undefined when it was not. */
export function replacementOf(req: Pick<IncomingMessage, 'headers'>): Replacement | undefined {
  const sent = req.headers['x-request-id'];
  if (sent === undefined) return undefined;
  return typeof sent === 'string' ? checkRequestId(sent) : 'invalid';
}

/** The policy in words, for the OpenAPI document. */
export const REQUEST_ID_POLICY =
  'Your correlation id: 1–64 characters of [A-Za-z0-9._:/-], such as zaak/2026/001. It is echoed in X-Request-ID and is the only request value logged. An id of another form, or one that may be personal data (a date-like run such as 1977-07-17, or 8 or more digits in a row, such as a BSN; a UUID always passes), is replaced by a UUID, and the response then carries X-Request-ID-Replaced: invalid or personal-data.';

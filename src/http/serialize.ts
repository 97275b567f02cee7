import type { FastifyReply } from 'fastify';
import type { Ground } from '../engine/assess.js';

/**
 * JSON for verdicts. Most of a verdict's bytes are citations and evidence that are the same frozen
 * objects from one request to the next (built once per plan), so their UTF-8 JSON is made once
 * and kept; only what a case changes (statuses, reasons, missing facts) is serialised per request,
 * and the parts are joined as bytes (no large string to flatten and encode per response).
 */
const cache = new WeakMap<object, Buffer>();

class Parts {
  private readonly buffers: Buffer[] = [];
  private text = '';

  add(text: string) {
    this.text += text;
  }

  addBuffer(buffer: Buffer) {
    if (this.text) this.buffers.push(Buffer.from(this.text));
    this.text = '';
    this.buffers.push(buffer);
  }

  toBuffer(): Buffer {
    if (this.text) this.buffers.push(Buffer.from(this.text));
    this.text = '';
    return Buffer.concat(this.buffers);
  }
}

/** The fixed parts of one rule's ground in one plan and language, as bytes (see writeGround). */
interface GroundTemplate {
  readonly head: Buffer; // {"rule":…,"effect":…,"status":
  readonly middle: Buffer; // ,"title":…,"reason":
  readonly tail: Buffer; // ,"citations":[…],"evidence":[…],"missingFacts":
}

const groundTemplates = new WeakMap<object, WeakMap<object, GroundTemplate>>();

/** A verdict ground whose citations and evidence are the frozen plan and rule data. */
function isGround(value: object): value is Ground {
  const g = value as Partial<Ground>;
  return (
    typeof g.rule === 'string' &&
    typeof g.reason === 'string' &&
    Array.isArray(g.citations) &&
    Object.isFrozen(g.citations) &&
    Array.isArray(g.evidence) &&
    Object.isFrozen(g.evidence)
  );
}

/**
 * A ground's fixed parts follow from its citations (frozen per plan and rule) and its evidence
 * (frozen per rule and language): made once per pair, then only status, reason and missing facts
 * are written per request. Keys keep the order of the verdict schema.
 */
function writeGround(g: Ground, parts: Parts): void {
  let byEvidence = groundTemplates.get(g.citations);
  if (!byEvidence) {
    byEvidence = new WeakMap();
    groundTemplates.set(g.citations, byEvidence);
  }
  let template = byEvidence.get(g.evidence);
  if (!template) {
    template = {
      head: Buffer.from(`{"rule":${JSON.stringify(g.rule)},"effect":${JSON.stringify(g.effect)},"status":`),
      middle: Buffer.from(`,"title":${JSON.stringify(g.title)},"reason":`),
      tail: Buffer.from(
        `,"citations":${JSON.stringify(g.citations)},"evidence":${JSON.stringify(g.evidence)},"missingFacts":`,
      ),
    };
    byEvidence.set(g.evidence, template);
  }
  parts.addBuffer(template.head);
  parts.add(JSON.stringify(g.status));
  parts.addBuffer(template.middle);
  parts.add(JSON.stringify(g.reason));
  parts.addBuffer(template.tail);
  parts.add(JSON.stringify(g.missingFacts));
  if (g.statusByDate) parts.add(`,"statusByDate":${JSON.stringify(g.statusByDate)}`);
  parts.add('}');
}

function write(value: unknown, parts: Parts): void {
  if (typeof value !== 'object' || value === null) {
    parts.add(JSON.stringify(value) ?? 'null');
    return;
  }
  if (Object.isFrozen(value)) {
    let json = cache.get(value);
    if (json === undefined) {
      json = Buffer.from(JSON.stringify(value));
      cache.set(value, json);
    }
    parts.addBuffer(json);
    return;
  }
  if (isGround(value)) {
    writeGround(value, parts);
    return;
  }
  if (Array.isArray(value)) {
    parts.add('[');
    for (let i = 0; i < value.length; i++) {
      if (i) parts.add(',');
      write(value[i], parts);
    }
    parts.add(']');
    return;
  }
  let first = true;
  parts.add('{');
  for (const key in value) {
    const item = (value as Record<string, unknown>)[key];
    if (item === undefined || typeof item === 'function') continue;
    parts.add(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    write(item, parts);
  }
  parts.add('}');
}

/** The JSON of a value, as UTF-8 bytes, followed by `end` (an NDJSON line's newline). */
export function toJson(value: unknown, end = ''): Buffer {
  const parts = new Parts();
  write(value, parts);
  if (end) parts.add(end);
  return parts.toBuffer();
}

/** Sends a value as JSON made by toJson (Fastify sends bytes as they are). */
export function sendJson(reply: FastifyReply, value: unknown) {
  return reply.type('application/json').send(toJson(value));
}

import type { FastifyReply } from 'fastify';

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

/** The JSON of a value, as UTF-8 bytes. */
export function toJson(value: unknown): Buffer {
  const parts = new Parts();
  write(value, parts);
  return parts.toBuffer();
}

/** Sends a value as JSON made by toJson (Fastify sends bytes as they are). */
export function sendJson(reply: FastifyReply, value: unknown) {
  return reply.type('application/json; charset=utf-8').send(toJson(value));
}

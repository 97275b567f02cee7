/**
 * JSON for verdicts. Most of a verdict's bytes are citations and evidence that are the same frozen
 * objects from one request to the next (built once per plan), so their JSON is made once and kept;
 * only what a case changes (statuses, reasons, missing facts) is serialised per request.
 */
import type { FastifyReply } from 'fastify';

const cache = new WeakMap<object, string>();

export function toJson(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
  if (Object.isFrozen(value)) {
    let json = cache.get(value);
    if (json === undefined) {
      json = JSON.stringify(value);
      cache.set(value, json);
    }
    return json;
  }
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + toJson(value[i]);
    return `${out}]`;
  }
  let out = '{';
  let first = true;
  for (const key in value) {
    const item = (value as Record<string, unknown>)[key];
    if (item === undefined || typeof item === 'function') continue;
    out += `${first ? '' : ','}${JSON.stringify(key)}:${toJson(item)}`;
    first = false;
  }
  return `${out}}`;
}

/** Sends a value as JSON made by toJson (Fastify sends a string as it is). */
export function sendJson(reply: FastifyReply, value: unknown) {
  return reply.type('application/json; charset=utf-8').send(toJson(value));
}

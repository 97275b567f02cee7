import { createHash } from 'node:crypto';

/** The API key the contract tools send to the live server, which is started with keys. */
export const API_KEY = 'contract-test-key';

/**
 * The live server of the contract tests: with API keys (so that the 401 is real) and a batch
 * body limit as small as the single one, so that one oversized body provokes every 413.
 */
export const KEYED_SERVER = {
  API_KEY_SHA256: createHash('sha256').update(API_KEY).digest('hex'),
  BATCH_BODY_LIMIT: '262144',
} as const;

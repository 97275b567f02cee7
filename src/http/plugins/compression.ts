import compress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** Answers smaller than this are sent as they are: compressing them saves less than it costs. */
export const COMPRESSION_THRESHOLD = 1024;

/**
 * Responses are compressed when the client asks (Accept-Encoding: br, gzip or deflate; brotli at
 * quality 4, the plugin's default, as 11 costs too much per request). A full verdict of 56 KB
 * becomes about 10 KB. The list of encodings is fixed so that the answer does not depend on the
 * Node version (zstd comes and goes with it). Request bodies are not decompressed: the body limits
 * count the bytes received, and a compressed body would let a small request grow large. Streams
 * that must reach the reader line by line (the bulk endpoint) turn compression off on their route.
 */
export const compression = fp(
  async (app: FastifyInstance) => {
    await app.register(compress, {
      threshold: COMPRESSION_THRESHOLD,
      encodings: ['br', 'gzip', 'deflate'],
      globalDecompression: false,
    });
  },
  { name: 'compression' },
);

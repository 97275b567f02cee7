import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Lang } from '../../engine/rule.js';
import { negotiateLanguage } from '../../i18n/language.js';

declare module 'fastify' {
  interface FastifyRequest {
    lang: Lang;
  }
}

/** Picks the response language from Accept-Language (en or nl) and says which in Content-Language. */
export const language = fp(
  async (app: FastifyInstance) => {
    app.decorateRequest('lang', 'en');
    app.addHook('onRequest', async (request) => {
      request.lang = negotiateLanguage(request.headers['accept-language']);
    });
    app.addHook('onSend', async (request, reply) => {
      reply.header('Content-Language', request.lang);
    });
  },
  { name: 'language' },
);

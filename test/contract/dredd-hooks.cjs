// Dredd hooks: Dredd sends every documented response's request as the document's examples give
// it, which can only ever produce the success status. These hooks turn the request of each
// documented error into one that provokes it, and skip the statuses a healthy server cannot be
// made to answer on demand (408 a client that stops sending, 429 a rate limit, 500 a fault, 503 a
// shutdown or overload).
// The server under test has API keys (DREDD_API_KEY): every request carries the key except the
// one that expects 401. Its body limits are at most 256 KiB, so that one body provokes every 413. CommonJS, because Dredd loads hook files with require().
const hooks = require('hooks');

const KEY = process.env.DREDD_API_KEY ?? '';
// 408 needs a client that stops sending (test/server/abuse.test.ts proves it on the real process).
const UNPROVOKABLE = new Set(['408', '429', '500', '503']);
const TOO_LARGE = JSON.stringify({ padding: 'x'.repeat(300 * 1024) });

/** Sends the transaction to another path (Dredd requests fullPath: the server's base path and the uri). */
function sendTo(transaction, uri) {
  const base = transaction.fullPath.slice(0, transaction.fullPath.length - transaction.request.uri.length);
  transaction.request.uri = uri;
  transaction.fullPath = base + uri;
}

/** A request the validator refuses: per endpoint, one that names invalid fields. */
function invalid(transaction) {
  const request = transaction.request;
  // The bulk stream answers a malformed line in-stream (200): its 400 is for the query.
  if (request.uri.startsWith('/assess/bulk')) sendTo(transaction, '/assess/bulk?view=none');
  else if (request.method === 'POST') request.body = JSON.stringify({ cases: 'none', requestedPermit: 1 });
  else if (request.uri.startsWith('/rules/')) sendTo(transaction, '/rules/lower-case');
  else sendTo(transaction, `${request.uri.split('?')[0]}?procedure=none`);
}

hooks.beforeEach((transaction, done) => {
  const status = transaction.expected.statusCode;
  const headers = transaction.request.headers;
  if (UNPROVOKABLE.has(status)) transaction.skip = true;
  if (status !== '401') headers.Authorization = `Bearer ${KEY}`;
  if (status === '400') invalid(transaction);
  if (status === '404') sendTo(transaction, '/rules/NO-SUCH-RULE');
  if (status === '406') headers.Accept = 'text/html';
  if (status === '413') transaction.request.body = TOO_LARGE;
  if (status === '415') headers['Content-Type'] = 'text/plain';
  done();
});

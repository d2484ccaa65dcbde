'use strict';
// The constants where the frameworks take a status: Express 5 (res.status, res.sendStatus), Fastify
// (reply.code) and node:http (res.writeHead).  Each server listens on 127.0.0.1 on a port the system
// picks, gets real requests from node's http client, and is closed.  Integration tests
// (tests/tap.sh): a framework that is not installed (npm ci in bindings/node brings them as
// devDependencies) is skipped, saying what adds it, and fails instead under HS_REQUIRE_INTEGRATION=1.
const test = require('node:test');
const assert = require('node:assert/strict');
const http = require('node:http');
const { pkg } = require('./helper.cjs');

const { HTTPStatus, HTTPMethod, Status } = pkg;
const TIMEOUT_MS = 5000;

function optional(name) {
  try {
    return { module: require(name) };
  } catch (error) {
    if (error.code !== 'MODULE_NOT_FOUND') throw error;
    const missing = `${name} is not installed`;
    if (process.env.HS_REQUIRE_INTEGRATION === '1') {
      return { module: () => { throw new Error(`${missing} (HS_REQUIRE_INTEGRATION=1)`); } };
    }
    return { skip: `integration: ${missing}; npm ci --prefix bindings/node adds it` };
  }
}

// One request; resolves with the status line's code and phrase, the headers and the body.
function request(port, method, path) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path, timeout: TIMEOUT_MS, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { body += chunk; });
      res.on('end', () => resolve({ code: res.statusCode, phrase: res.statusMessage, body }));
    });
    req.on('timeout', () => req.destroy(new Error(`no answer from 127.0.0.1:${port} in ${TIMEOUT_MS} ms`)));
    req.on('error', reject);
    req.end();
  });
}

function listen(server) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server.address().port));
  });
}

function close(server) {
  return new Promise((resolve) => {
    server.closeAllConnections?.();
    server.close(() => resolve());
  });
}

const express = optional('express');
test('Express 5: res.status(HTTPStatus.NOT_FOUND) and res.sendStatus(HTTPStatus.CREATED)', { skip: express.skip, timeout: 20000 }, async () => {
  const app = express.module();
  app.get('/missing', (req, res) => res.status(HTTPStatus.NOT_FOUND).send('gone fishing'));
  app.post('/things', (req, res) => res.sendStatus(HTTPStatus.CREATED));
  app.get('/teapot', (req, res) => res.status(HTTPStatus.IM_A_TEAPOT).json({ status: Status.IM_A_TEAPOT }));
  app.all('/method', (req, res) => res.status(req.method === HTTPMethod.DELETE ? HTTPStatus.NO_CONTENT : HTTPStatus.METHOD_NOT_ALLOWED).end());
  const server = http.createServer(app);
  const port = await listen(server);
  try {
    assert.deepEqual(await request(port, 'GET', '/missing'), { code: 404, phrase: 'Not Found', body: 'gone fishing' });
    assert.deepEqual(await request(port, 'POST', '/things'), { code: 201, phrase: 'Created', body: 'Created' });
    assert.deepEqual(await request(port, 'GET', '/teapot'), { code: 418, phrase: "I'm a Teapot", body: '{"status":418}' });
    assert.equal((await request(port, HTTPMethod.DELETE, '/method')).code, 204);
    assert.equal((await request(port, HTTPMethod.PUT, '/method')).code, 405);
  } finally {
    await close(server);
  }
});

const fastify = optional('fastify');
test('Fastify: reply.code(HTTPStatus.NOT_FOUND)', { skip: fastify.skip, timeout: 20000 }, async () => {
  const app = fastify.module({ logger: false });
  app.get('/missing', async (req, reply) => reply.code(HTTPStatus.NOT_FOUND).send('gone fishing'));
  app.route({ method: HTTPMethod.POST, url: '/things', handler: async (req, reply) => reply.code(HTTPStatus.CREATED).send({ ok: true }) });
  app.get('/unavailable', async (req, reply) => reply.code(HTTPStatus.SERVICE_UNAVAILABLE).send());
  await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const { port } = app.server.address();
    assert.deepEqual(await request(port, 'GET', '/missing'), { code: 404, phrase: 'Not Found', body: 'gone fishing' });
    assert.deepEqual(await request(port, 'POST', '/things'), { code: 201, phrase: 'Created', body: '{"ok":true}' });
    assert.equal((await request(port, 'GET', '/unavailable')).code, 503);
  } finally {
    await app.close();
  }
});

test('node:http: res.writeHead(HTTPStatus.NOT_FOUND), with the phrase from the record', { timeout: 20000 }, async () => {
  const server = http.createServer((req, res) => {
    if (req.url === '/missing') res.writeHead(HTTPStatus.NOT_FOUND).end();
    else if (req.url === '/phrase') res.writeHead(HTTPStatus.IM_A_TEAPOT, Status.IM_A_TEAPOT.phrase).end();
    else { res.statusCode = HTTPStatus.NO_CONTENT; res.end(); }
  });
  const port = await listen(server);
  try {
    assert.deepEqual(await request(port, 'GET', '/missing'), { code: 404, phrase: 'Not Found', body: '' });
    assert.deepEqual(await request(port, 'GET', '/phrase'), { code: 418, phrase: "I'm a Teapot", body: '' });
    assert.equal((await request(port, 'GET', '/other')).code, 204);
  } finally {
    await close(server);
  }
});

'use strict';
// node servers.cjs FRAMEWORK PACKAGE_DIR ROOT: an Express or a Fastify server for tools/tests/servers.sh,
// on 127.0.0.1 on a port the system picks, which it writes on standard output once it listens.  The
// framework is the one npm ci installs in PACKAGE_DIR (bindings/node); ROOT holds hello.txt.  Each
// route gives a status that carries rules, the way the framework's users ask for it:
//   /hello.txt  the file, as the framework serves files: ranges (206, 416), conditional requests (304)
//   /empty      204            /moved    301 to /hello.txt
//   /private    401 with a Basic challenge (Express: res.sendStatus; Fastify: an error with its statusCode,
//               which Fastify's error handler answers)
// Express serves the file with express.static, which answers other methods itself (fallthrough: false);
// Fastify has no file serving of its own (that is the @fastify/static plugin), so its /hello.txt is a
// GET route sending the file's text with an ETag and answering reply.code(304) to an If-None-Match that
// holds it; it has no ranges, and any other method is left to Fastify's own answer.
const { createRequire } = require('node:module');
const fs = require('node:fs');
const path = require('node:path');

const [framework, packageDir, root] = process.argv.slice(2);
const load = createRequire(path.join(path.resolve(packageDir), 'package.json'));
const challenge = 'Basic realm="private"';

function listening(server) {
  process.stdout.write(`${server.address().port}\n`);
}

if (framework === 'express') {
  const express = load('express');
  const app = express();
  app.use('/hello.txt', express.static(path.join(root, 'hello.txt'), { fallthrough: false }));
  app.get('/empty', (req, res) => res.sendStatus(204));
  app.get('/moved', (req, res) => res.redirect(301, '/hello.txt'));
  app.get('/private', (req, res) => res.set('WWW-Authenticate', challenge).sendStatus(401));
  const server = app.listen(0, '127.0.0.1', () => listening(server));
} else if (framework === 'fastify') {
  const app = load('fastify')({ logger: false });
  const text = fs.readFileSync(path.join(root, 'hello.txt'));
  const etag = `"${text.length}"`;
  app.get('/hello.txt', async (req, reply) => {
    reply.header('etag', etag);
    if (req.headers['if-none-match'] === etag) return reply.code(304).send();
    return reply.type('text/plain').send(text);
  });
  app.get('/empty', async (req, reply) => reply.code(204).send());
  app.get('/moved', async (req, reply) => reply.redirect('/hello.txt', 301));
  app.get('/private', async (req, reply) => {
    reply.header('www-authenticate', challenge);
    throw Object.assign(new Error('credentials needed'), { statusCode: 401 });
  });
  app.listen({ port: 0, host: '127.0.0.1' }).then(() => listening(app.server));
} else {
  process.stderr.write(`servers.cjs: no framework ${framework}\n`);
  process.exit(2);
}

// Holds the running listener to docs/api/openapi.yaml: every operation in the description is
// called, every response's status must be declared for its operation, its content type must be
// the declared one and its body must validate against the declared schema (JSON Schema 2020-12,
// checked by Ajv). Also fails when an operation of the description was never exercised.
//
// usage: node conformance.mjs OPENAPI_YAML   (env: LEXECON_URL, LEXECON_KEY full scopes,
//        LEXECON_DECIDE_KEY decide scope only)
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import YAML from 'yaml';

const spec = YAML.parse(readFileSync(process.argv[2], 'utf8'));
const base = process.env.LEXECON_URL;
const key = process.env.LEXECON_KEY;
const decideOnlyKey = process.env.LEXECON_DECIDE_KEY;
if (!base || !key || !decideOnlyKey) {
  console.error('set LEXECON_URL, LEXECON_KEY and LEXECON_DECIDE_KEY');
  process.exit(2);
}

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
// Component schemas are addressed the way the description refers to them.
ajv.addSchema({ $id: 'openapi', components: spec.components });
const rewrite = (node) => JSON.parse(JSON.stringify(node).replaceAll('"#/components/', '"openapi#/components/'));

const failures = [];
const exercised = new Set();

function resolve(node) {
  while (node && node.$ref) {
    const path = node.$ref.replace(/^#\//, '').split('/');
    node = path.reduce((o, k) => o[k], spec);
  }
  return node;
}

function operationFor(method, template) {
  const op = spec.paths[template]?.[method.toLowerCase()];
  if (!op) throw new Error(`the description has no ${method} ${template}`);
  return op;
}

async function call(name, method, template, path, { body, headers = {}, auth = key, expect } = {}) {
  const h = { ...headers };
  if (auth) h.Authorization = `Bearer ${auth}`;
  if (body !== undefined && !h['Content-Type']) h['Content-Type'] = 'application/json';
  const res = await fetch(base + path, {
    method,
    headers: h,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  const op = operationFor(method, template);
  exercised.add(`${method} ${template}`);
  const where = `${name}: ${method} ${path} -> ${res.status}`;
  if (expect !== undefined && res.status !== expect) failures.push(`${where}: expected ${expect}; body ${text.slice(0, 300)}`);
  const declared = resolve(op.responses[String(res.status)]);
  if (!declared) {
    failures.push(`${where}: status not declared in the description`);
    return { res, text };
  }
  const contentType = (res.headers.get('content-type') || '').split(';')[0].trim();
  if (declared.content) {
    const media = declared.content[contentType];
    if (!media) {
      failures.push(`${where}: content type "${contentType}" not declared (declared: ${Object.keys(declared.content)})`);
    } else if (contentType.endsWith('json')) {
      let json;
      try { json = JSON.parse(text); } catch { failures.push(`${where}: body is not JSON`); return { res, text }; }
      const validate = ajv.compile(rewrite(media.schema));
      if (!validate(json)) failures.push(`${where}: body does not match the schema: ${ajv.errorsText(validate.errors)}`);
      return { res, text, json };
    }
  }
  for (const [header, spec_] of Object.entries(declared.headers || {})) {
    if (header.toLowerCase() === 'retry-after' || header.toLowerCase() === 'www-authenticate') {
      if (!res.headers.get(header)) failures.push(`${where}: missing header ${header}`);
    }
  }
  return { res, text };
}

const decide = (name, body, opts = {}) => call(name, 'POST', '/v1/decisions', '/v1/decisions', { body, ...opts });

const approved = await decide('approved', { actor: 'support_bot', action: 'search_kb', data_classes: ['public'],
                                            request_id: `conf-${Date.now()}` }, { expect: 200 });
const denied = await decide('denied', { actor: 'support_bot', action: 'export', data_classes: ['pii'] }, { expect: 200 });
const escalated = await decide('escalated', { actor: 'support_bot', action: 'lookup_customer', data_classes: ['pii'],
                                              risk: { security: 90 } },
                               { expect: 200, headers: { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' } });
if (approved.json?.outcome !== 'approved') failures.push(`approved: outcome ${approved.json?.outcome}`);
if (denied.json?.outcome !== 'denied') failures.push(`denied: outcome ${denied.json?.outcome}`);
if (escalated.json?.outcome !== 'escalated') failures.push(`escalated: outcome ${escalated.json?.outcome}`);
if (escalated.json?.traceparent !== '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01')
  failures.push(`escalated: traceparent not recorded (${escalated.json?.traceparent})`);

await decide('bad field', { actor: 'support_bot', action: 42 }, { expect: 400 }).then(({ json }) => {
  if (json?.field !== 'action') failures.push(`bad field: problem names "${json?.field}", not "action"`);
});
await decide('not json', '{"actor": ', { expect: 400 });
await decide('no key', { actor: 'a', action: 'b' }, { auth: null, expect: 401 });
await decide('unknown key', { actor: 'a', action: 'b' }, { auth: 'lxk_' + 'A'.repeat(43), expect: 401 });
await decide('wrong type', 'actor=a', { headers: { 'Content-Type': 'text/plain' }, expect: 415 });
await decide('too large', { actor: 'a', action: 'b', intent: 'x'.repeat(70 * 1024) }, { expect: 413 });

const id = escalated.json?.decision_id;
await call('get', 'GET', '/v1/decisions/{decision_id}', `/v1/decisions/${approved.json?.decision_id}`, { expect: 200 });
const started = Date.now();
await call('wait', 'GET', '/v1/decisions/{decision_id}', `/v1/decisions/${id}?wait=1`, { expect: 200 });
if (Date.now() - started < 900) failures.push(`wait: an unresolved escalation answered after ${Date.now() - started} ms, before the wait ended`);
await call('bad wait', 'GET', '/v1/decisions/{decision_id}', `/v1/decisions/${id}?wait=600`, { expect: 400 });
await call('unknown decision', 'GET', '/v1/decisions/{decision_id}', '/v1/decisions/dec_01JD0000000000000000000000', { expect: 404 });
await call('scope', 'GET', '/v1/decisions/{decision_id}', `/v1/decisions/${id}`, { auth: decideOnlyKey, expect: 403 });

await call('verify', 'POST', '/v1/tokens/verify', '/v1/tokens/verify',
           { body: { token: approved.json?.capability_token, action: 'search_kb' }, expect: 200 }).then(({ json }) => {
  if (json?.valid !== true) failures.push(`verify: the approved decision's token is not valid: ${json?.reason}`);
});
await call('verify other action', 'POST', '/v1/tokens/verify', '/v1/tokens/verify',
           { body: { token: approved.json?.capability_token, action: 'export' }, expect: 200 }).then(({ json }) => {
  if (json?.valid !== false) failures.push('verify: a token for search_kb was valid for export');
});
await call('verify bad body', 'POST', '/v1/tokens/verify', '/v1/tokens/verify', { body: { action: 'x' }, expect: 400 });

await call('node', 'GET', '/v1/node', '/v1/node', { expect: 200 });
await call('checkpoint', 'GET', '/v1/ledger/checkpoint', '/v1/ledger/checkpoint', { expect: 200 });
await call('proof', 'GET', '/v1/ledger/proof/{index}', `/v1/ledger/proof/${approved.json?.ledger?.index}`, { expect: 200 })
  .then(({ text }) => { if (!text.startsWith('c2sp.org/tlog-proof@v1')) failures.push('proof: not a tlog-proof'); });
await call('proof out of range', 'GET', '/v1/ledger/proof/{index}', '/v1/ledger/proof/99999999', { expect: 404 });
await call('jwks', 'GET', '/.well-known/jwks.json', '/.well-known/jwks.json', { auth: null, expect: 200 });
await call('health', 'GET', '/health', '/health', { auth: null, expect: 200 });
await call('ready', 'GET', '/ready', '/ready', { auth: null, expect: 200 });
await call('metrics', 'GET', '/metrics', '/metrics', { auth: null, expect: 200 });

for (const [template, item] of Object.entries(spec.paths)) {
  for (const method of Object.keys(item)) {
    if (!exercised.has(`${method.toUpperCase()} ${template}`)) failures.push(`never exercised: ${method.toUpperCase()} ${template}`);
  }
}

if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
console.log(`conformance: ${exercised.size} operations, every response matched the description`);

// An independent JWT library (npm jose) verifies a capability token with nothing but the node's
// JWKS, fetched from the listener, as an AI system's tool runner would (SPEC section 4).
//
// usage: node jose-verify.mjs TOKEN   (env: LEXECON_URL, LEXECON_NODE_ID, LEXECON_DECISION_ID,
//        LEXECON_ACTION)
import { createRemoteJWKSet, jwtVerify, decodeProtectedHeader, generateKeyPair, SignJWT } from 'jose';

const token = process.argv[2];
const base = process.env.LEXECON_URL;
const jwks = createRemoteJWKSet(new URL('/.well-known/jwks.json', base));
const problems = [];

const { payload, protectedHeader } = await jwtVerify(token, jwks, {
  algorithms: ['EdDSA'],
  issuer: process.env.LEXECON_NODE_ID,
});
if (protectedHeader.alg !== 'EdDSA') problems.push(`alg ${protectedHeader.alg}`);
if (payload.dec !== process.env.LEXECON_DECISION_ID) problems.push(`dec ${payload.dec}`);
if (payload.act !== process.env.LEXECON_ACTION) problems.push(`act ${payload.act}`);
if (!/^cap_[0-9A-HJKMNP-TV-Z]{26}$/.test(payload.jti ?? '')) problems.push(`jti ${payload.jti}`);
if (!(payload.exp > payload.iat)) problems.push(`exp ${payload.exp} iat ${payload.iat}`);
if (!/^[0-9a-f]{64}$/.test(payload.pol ?? '')) problems.push(`pol ${payload.pol}`);

// A token whose payload was changed must not verify.
const [h, p, s] = token.split('.');
const changed = JSON.parse(Buffer.from(p, 'base64url'));
changed.act = 'delete_everything';
const tampered = [h, Buffer.from(JSON.stringify(changed)).toString('base64url'), s].join('.');
try {
  await jwtVerify(tampered, jwks, { algorithms: ['EdDSA'] });
  problems.push('a tampered token verified');
} catch (e) {
  if (e.code !== 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED') problems.push(`tampered token: ${e.code}`);
}

// A token signed by another key under the node's kid must not verify either.
const other = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
const forged = await new SignJWT(payload)
  .setProtectedHeader({ alg: 'EdDSA', kid: decodeProtectedHeader(token).kid })
  .sign(other.privateKey);
try {
  await jwtVerify(forged, jwks, { algorithms: ['EdDSA'] });
  problems.push('a token signed by another key verified');
} catch (e) {
  if (e.code !== 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED') problems.push(`forged token: ${e.code}`);
}

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`jose: verified ${payload.jti} for ${payload.sub} (${payload.act}); tampered and forged tokens refused`);

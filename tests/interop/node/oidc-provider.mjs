// A real OpenID provider for the OIDC sign-in test: npm oidc-provider (pinned in package-lock.json)
// on 127.0.0.1 with a port the OS picks. It registers one native client as a desktop app is
// (RFC 8252: loopback redirect on any port, no client secret, PKCE required) and signs ID tokens
// with an EC P-256 key (ES256). Its development login form accepts any login: the login is the
// subject, and accounts named in ACCOUNTS have a verified email address.
// Each start makes a new signing key with a new kid.
// Prints one JSON line {"issuer", "client_id", "confidential_client_id", "confidential_client_secret"}
// once it listens; runs until killed.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { generateKeyPair, exportJWK } from 'jose';
import Provider from 'oidc-provider';

const ACCOUNTS = {
  alice: { email: 'alice@example.com', email_verified: true, name: 'Alice Example' },
  mallory: { email: 'mallory@example.com', email_verified: true, name: 'Mallory Unknown' },
};
const CLIENT_ID = 'lexecon-workstation';
// A confidential client too, for workstations configured with a client secret (client_secret_basic).
const CONFIDENTIAL_ID = 'lexecon-confidential';
const CONFIDENTIAL_SECRET = 'confidential-test-secret-0123456789';

const { privateKey } = await generateKeyPair('ES256', { extractable: true });
const signingKey = { ...(await exportJWK(privateKey)), kid: `es256-${randomUUID().slice(0, 8)}`, alg: 'ES256', use: 'sig' };

const server = createServer();
// OIDC_PROVIDER_PORT restarts the provider on a known port with a new key (a key rotation).
await new Promise((resolve) => server.listen(Number(process.env.OIDC_PROVIDER_PORT ?? 0), '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [{
    client_id: CLIENT_ID,
    application_type: 'native',
    redirect_uris: ['http://127.0.0.1/callback'],
    token_endpoint_auth_method: 'none',
    grant_types: ['authorization_code'],
    response_types: ['code'],
    id_token_signed_response_alg: 'ES256',
  }, {
    client_id: CONFIDENTIAL_ID,
    client_secret: CONFIDENTIAL_SECRET,
    application_type: 'native',
    redirect_uris: ['http://127.0.0.1/callback'],
    token_endpoint_auth_method: 'client_secret_basic',
    grant_types: ['authorization_code'],
    response_types: ['code'],
    id_token_signed_response_alg: 'ES256',
  }],
  jwks: { keys: [signingKey] },
  pkce: { required: () => true },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  // The workstation reads the email from the ID token, not from userinfo.
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: true } },
  async findAccount(ctx, sub) {
    return {
      accountId: sub,
      async claims() {
        return { sub, ...(ACCOUNTS[sub] ?? {}) };
      },
    };
  },
});
server.on('request', provider.callback());
process.stdout.write(`${JSON.stringify({
  issuer, client_id: CLIENT_ID, confidential_client_id: CONFIDENTIAL_ID, confidential_client_secret: CONFIDENTIAL_SECRET,
})}\n`);
process.on('SIGTERM', () => server.close(() => process.exit(0)));

-- OpenID Connect sign-in (OidcIdentityService). An identity is the pair (issuer, subject) an ID
-- token names; it signs in as the local user it is linked to. Links are made by an admin or,
-- once, by a verified email equal to the user's address below; unlinking deletes the row (the
-- ledger keeps the history). No tokens are stored.
CREATE TABLE oidc_identities (
    issuer TEXT NOT NULL,
    subject TEXT NOT NULL,
    user_name TEXT NOT NULL REFERENCES users (name),
    method TEXT NOT NULL CHECK (method IN ('admin', 'verified_email')),
    linked_at TEXT NOT NULL,
    linked_by TEXT NOT NULL,
    PRIMARY KEY (issuer, subject)
);
CREATE INDEX oidc_identities_user ON oidc_identities (user_name);

-- A local user's email address, set by an admin; email_key is the lowercased address, so one
-- address belongs to at most one user.
CREATE TABLE user_emails (
    user_name TEXT PRIMARY KEY REFERENCES users (name),
    email TEXT NOT NULL,
    email_key TEXT NOT NULL UNIQUE,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);

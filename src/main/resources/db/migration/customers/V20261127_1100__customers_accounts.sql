-- Accounts of customers and staff, the customers' address books and password-reset tokens.

CREATE TABLE accounts (
  id            uuid PRIMARY KEY,
  email         text NOT NULL,
  name          text NOT NULL,
  phone         text,
  password_hash text NOT NULL,
  roles         text[] NOT NULL,
  enabled       boolean NOT NULL DEFAULT true,
  created_at    timestamptz NOT NULL,
  version       bigint NOT NULL,
  CONSTRAINT accounts_email_key UNIQUE (email),
  -- One spelling per address: stored trimmed and lower-case, so uniqueness is case-insensitive.
  CONSTRAINT accounts_email_normalized CHECK (email = lower(btrim(email)) AND email LIKE '_%@_%' AND length(email) <= 254),
  CONSTRAINT accounts_name_length CHECK (length(btrim(name)) BETWEEN 1 AND 200),
  CONSTRAINT accounts_phone_length CHECK (phone IS NULL OR length(phone) BETWEEN 1 AND 40),
  CONSTRAINT accounts_roles_known CHECK (
    cardinality(roles) > 0
    AND roles <@ ARRAY['CUSTOMER', 'STAFF', 'WORKSHOP', 'PRIVACY_OFFICER', 'ADMIN']::text[])
);

CREATE TABLE account_addresses (
  id          uuid PRIMARY KEY,
  account_id  uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  name        text NOT NULL,
  line1       text NOT NULL,
  line2       text,
  postal_code text NOT NULL,
  city        text NOT NULL,
  country     char(2) NOT NULL,
  phone       text,
  is_default  boolean NOT NULL DEFAULT false,
  created_at  timestamptz NOT NULL,
  version     bigint NOT NULL,
  CONSTRAINT account_addresses_country_code CHECK (country ~ '^[A-Z]{2}$'),
  CONSTRAINT account_addresses_lengths CHECK (
    length(name) BETWEEN 1 AND 200 AND length(line1) BETWEEN 1 AND 200 AND coalesce(length(line2), 0) <= 200
    AND length(postal_code) BETWEEN 1 AND 20 AND length(city) BETWEEN 1 AND 100
    AND (phone IS NULL OR length(phone) BETWEEN 1 AND 40))
);

CREATE INDEX account_addresses_account_idx ON account_addresses (account_id);
-- At most one default address per account.
CREATE UNIQUE INDEX account_addresses_one_default ON account_addresses (account_id) WHERE is_default;

-- Only the SHA-256 of a reset token is stored: a copy of this table cannot be used to reset a password.
CREATE TABLE account_password_resets (
  token_hash  bytea PRIMARY KEY,
  account_id  uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  created_at  timestamptz NOT NULL,
  expires_at  timestamptz NOT NULL,
  used_at     timestamptz,
  CONSTRAINT account_password_resets_hash_length CHECK (octet_length(token_hash) = 32),
  CONSTRAINT account_password_resets_window CHECK (expires_at > created_at)
);

CREATE INDEX account_password_resets_account_idx ON account_password_resets (account_id, created_at);
CREATE INDEX account_password_resets_expiry_idx ON account_password_resets (expires_at);

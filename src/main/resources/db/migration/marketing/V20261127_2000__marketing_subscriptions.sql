-- Promotional mail (promises U5, G4): subscriptions confirmed by email (double opt-in), the
-- suppression list of keyed address hashes that outlives erasure, and campaigns with their queue.

-- The shop-wide secret the address hashes and unsubscribe links are keyed with, made once on first
-- use. It never changes: the suppression list could no longer be matched otherwise.
create table marketing_keys (
    name       text primary key,
    secret     bytea       not null check (octet_length(secret) >= 32),
    created_at timestamptz not null
);

create table marketing_subscriptions (
    id                      uuid primary key,
    email                   text        not null unique check (email = lower(email)),
    address_hash            text        not null unique,
    customer_id             uuid,
    status                  text        not null check (status in ('PENDING', 'CONFIRMED')),
    source                  text        not null check (source in ('CHECKOUT', 'ACCOUNT')),
    locale                  text        not null,
    requested_at            timestamptz not null,
    confirmation_hash       text unique,
    confirmation_expires_at timestamptz,
    confirmed_at            timestamptz,
    policy_version          text,
    constraint marketing_subscriptions_pending_has_token
        check (status <> 'PENDING' or (confirmation_hash is not null and confirmation_expires_at is not null)),
    constraint marketing_subscriptions_confirmed_is_recorded
        check (status <> 'CONFIRMED' or (confirmed_at is not null and policy_version is not null))
);

create index marketing_subscriptions_customer_idx on marketing_subscriptions (customer_id);
create index marketing_subscriptions_expiry_idx on marketing_subscriptions (confirmation_expires_at)
    where status = 'PENDING';

-- Addresses never to be sent promotional mail: a keyed HMAC-SHA256 of the normalized address, never
-- the address itself. Written on unsubscribe and on erasure; only a new confirmed opt-in lifts it.
create table marketing_suppressions (
    address_hash  text primary key,
    reason        text        not null check (reason in ('UNSUBSCRIBED', 'ERASED')),
    suppressed_at timestamptz not null
);

create table marketing_campaigns (
    id               uuid primary key,
    subject          text        not null check (length(subject) between 1 and 150),
    body             text        not null check (length(body) between 1 and 10000),
    status           text        not null check (status in ('DRAFT', 'SENDING', 'SENT')),
    created_at       timestamptz not null,
    started_at       timestamptz,
    finished_at      timestamptz,
    recipients_total integer     not null default 0 check (recipients_total >= 0),
    sent_count       integer     not null default 0 check (sent_count >= 0),
    skipped_count    integer     not null default 0 check (skipped_count >= 0),
    constraint marketing_campaigns_started check (status = 'DRAFT' or started_at is not null)
);

create index marketing_campaigns_created_idx on marketing_campaigns (created_at desc);

-- A campaign's queue: the confirmed subscriptions when it was started, sent a few at a time.
create table marketing_campaign_recipients (
    campaign_id     uuid        not null references marketing_campaigns (id) on delete cascade,
    subscription_id uuid        not null references marketing_subscriptions (id) on delete cascade,
    status          text        not null check (status in ('QUEUED', 'SENT', 'SKIPPED')),
    sent_at         timestamptz,
    primary key (campaign_id, subscription_id),
    constraint marketing_campaign_recipients_sent check (status <> 'SENT' or sent_at is not null)
);

create index marketing_campaign_recipients_queued_idx on marketing_campaign_recipients (campaign_id)
    where status = 'QUEUED';
create index marketing_campaign_recipients_sent_idx on marketing_campaign_recipients (sent_at)
    where status = 'SENT';
create index marketing_campaign_recipients_subscription_idx on marketing_campaign_recipients (subscription_id);

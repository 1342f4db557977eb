-- Rights requests (promises G1-G3, G5): access, correction and erasure requests with their legal
-- deadline and the history of every state change. While a request is open it holds the requester's
-- email address (to verify them, to answer them); once it is done only a SHA-256 of the normalized
-- address stays, with the outcome (an erasure's receipt), as the record that the request was answered.
create table rights_requests (
    id                   uuid primary key,
    type                 text        not null check (type in ('ACCESS', 'CORRECTION', 'ERASURE')),
    state                text        not null check (state in ('RECEIVED', 'IDENTITY_UNVERIFIED', 'IN_PROGRESS',
                                                               'COMPLETED', 'REFUSED', 'MERGED')),
    channel              text        not null check (channel in ('ACCOUNT', 'GUEST_FORM', 'STAFF', 'SHOPIFY')),
    email                text,
    email_hash           text        not null check (email_hash ~ '^[0-9a-f]{64}$'),
    customer_id          uuid,
    details              text check (length(details) <= 4000),
    received_at          timestamptz not null,
    due_at               timestamptz not null,
    identity_verified_at timestamptz,
    identity_method      text check (length(identity_method) <= 500),
    closed_at            timestamptz,
    outcome              text check (length(outcome) <= 4000),
    refusal_reason       text check (length(refusal_reason) <= 4000),
    receipt              text,
    archive_until        timestamptz,
    merged_into          uuid references rights_requests (id),
    external_reference   text check (length(external_reference) <= 200),
    version              bigint      not null default 0,
    constraint rights_requests_due_after_receipt check (due_at >= received_at),
    constraint rights_requests_refusal_has_reason check (state <> 'REFUSED' or refusal_reason is not null),
    constraint rights_requests_merged_has_target check (state <> 'MERGED' or merged_into is not null),
    constraint rights_requests_open_has_email check (state in ('COMPLETED', 'REFUSED', 'MERGED') or email is not null)
);

create index rights_requests_email_hash_idx on rights_requests (email_hash);
-- One open request per person and type: a new one joins it (duplicates are merged).
create unique index rights_requests_one_open_idx on rights_requests (type, email_hash)
    where state in ('RECEIVED', 'IDENTITY_UNVERIFIED', 'IN_PROGRESS');
create index rights_requests_open_due_idx on rights_requests (due_at)
    where state in ('RECEIVED', 'IDENTITY_UNVERIFIED', 'IN_PROGRESS');

-- Every state change: when, to which state, by whom (the requester, the system, a staff login, Shopify).
create table rights_request_history (
    id         bigint generated always as identity primary key,
    request_id uuid        not null references rights_requests (id) on delete cascade,
    at         timestamptz not null,
    state      text        not null,
    actor      text        not null check (length(actor) <= 320),
    note       text check (length(note) <= 4000)
);

create index rights_request_history_request_idx on rights_request_history (request_id, at);

-- Links mailed or shown to a requester: only the SHA-256 of the random token is stored.
-- VERIFY proves the address (24 h, once); STATUS shows the request; ARCHIVE downloads the access archive.
create table rights_links (
    token_hash bytea primary key,
    request_id uuid        not null references rights_requests (id) on delete cascade,
    purpose    text        not null check (purpose in ('VERIFY', 'STATUS', 'ARCHIVE')),
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);

create index rights_links_request_idx on rights_links (request_id, purpose);

-- Each download of an access archive (the archive itself is never stored: it is built while it streams).
create table rights_archive_downloads (
    id            uuid primary key,
    request_id    uuid        not null references rights_requests (id) on delete cascade,
    downloaded_at timestamptz not null,
    via           text        not null check (via in ('ACCOUNT', 'LINK'))
);

-- Shopify compliance webhooks already handled (replays are answered without acting twice).
create table rights_webhook_deliveries (
    delivery_key text primary key check (delivery_key ~ '^[0-9a-f]{64}$'),
    topic        text        not null check (topic in ('customers/data_request', 'customers/redact', 'shop/redact')),
    shop_domain  text check (length(shop_domain) <= 255),
    request_id   uuid references rights_requests (id) on delete set null,
    received_at  timestamptz not null
);

-- Proof of each cookie choice (promise K2). Append-only: the latest row of a consent id counts.
-- consent_id is a random id held only in the visitor's ATELIER_CONSENT cookie: it names no person.
create table privacy_cookie_consents (
    seq                 bigint generated always as identity primary key,
    consent_id          uuid        not null,
    preferences         boolean     not null,
    analytics           boolean     not null,
    personalization     boolean     not null,
    method              text        not null
        check (method in ('BANNER_ACCEPT_ALL', 'BANNER_REJECT_ALL', 'SETTINGS', 'GPC')),
    gpc                 boolean     not null,
    policy_version      text        not null,
    cookie_list_version text        not null,
    recorded_at         timestamptz not null,
    check (not gpc or (not analytics and not personalization))
);

create index privacy_cookie_consents_latest on privacy_cookie_consents (consent_id, seq desc);
create index privacy_cookie_consents_recorded_at on privacy_cookie_consents (recorded_at);

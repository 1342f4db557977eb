-- Versions of the privacy policy (promise V1): drafted and edited by privacy officers, then
-- published once and never changed again. The version in force is the latest published one; every
-- consent record names its label. The body is the shop's own prose in a small plain-text format
-- ("## " starts a heading, "- " a list item, other lines are paragraphs); the public page adds the
-- data map, the cookie list and the rights generated from the code.
create table privacy_policy_versions (
    id           uuid primary key,
    label        text        not null unique check (label ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$'),
    summary      text        not null check (length(btrim(summary)) between 1 and 2000),
    material     boolean     not null,
    body         text        not null check (length(btrim(body)) between 1 and 100000),
    status       text        not null check (status in ('DRAFT', 'PUBLISHED')),
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    published_at timestamptz,
    version      bigint      not null default 0,
    constraint privacy_policy_versions_published_at check ((status = 'PUBLISHED') = (published_at is not null))
);

create index privacy_policy_versions_published_idx on privacy_policy_versions (published_at desc)
    where status = 'PUBLISHED';

-- Which version's notice of a material change a signed-in person dismissed, under the SHA-256 of
-- their lower-case sign-in name: one row per person, replaced by the next dismissal.
create table privacy_policy_acknowledgments (
    principal_hash  bytea       primary key check (octet_length(principal_hash) = 32),
    version         text        not null,
    acknowledged_at timestamptz not null
);

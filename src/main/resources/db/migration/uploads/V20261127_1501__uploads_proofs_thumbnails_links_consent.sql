-- Design proofs made by the shop are materials too; photos and image proofs get a small preview.
alter table upload_materials drop constraint upload_materials_kind_check;
alter table upload_materials add constraint upload_materials_kind_check
    check (kind in ('PHOTO', 'VIDEO', 'TEXT', 'PROOF'));
-- The size in clear of the material's thumbnail; null when it has none.
alter table upload_materials add column thumbnail_size bigint check (thumbnail_size >= 0);

-- The key that signs links to materials: one Tink MAC keyset shared by every node, created once,
-- stored wrapped by the master key and named after it.
create table upload_link_keys (
    name           text primary key check (name ~ '^links-[0-9]+$'),
    wrapped_keyset bytea       not null,
    created_at     timestamptz not null
);

-- Every read of a material through a signed link, and every refused attempt (promise M3). Rows are
-- only ever added (and, at the end of their retention, deleted); ids refer to materials that may be
-- gone. A refused link that could not be verified names no material.
create table upload_access_log (
    id             bigint generated always as identity primary key,
    material_id    uuid,
    scope_kind     text,
    scope_id       uuid,
    rendition      text check (rendition in ('THUMBNAIL', 'CONTENT', 'DOWNLOAD')),
    viewer_role    text,
    viewer_subject text,
    principal      text,
    purpose        text,
    outcome        text        not null check (outcome in ('GRANTED', 'DENIED')),
    reason         text,
    token_sha256   text        not null,
    accessed_at    timestamptz not null
);

create index upload_access_log_material_idx on upload_access_log (material_id) where material_id is not null;
create index upload_access_log_scope_idx on upload_access_log (scope_kind, scope_id) where scope_id is not null;
create index upload_access_log_principal_idx on upload_access_log (principal) where principal is not null;
create index upload_access_log_accessed_at_idx on upload_access_log (accessed_at);
create index upload_access_log_token_idx on upload_access_log (token_sha256);

-- Whether a customer allows a material in the shop's gallery and marketing (promise M1): the whole
-- history, the latest row counts, none means no. Goes with its material.
create table upload_marketing_consents (
    id             bigint generated always as identity primary key,
    material_id    uuid        not null references upload_materials (id) on delete cascade,
    allowed        boolean     not null,
    decided_at     timestamptz not null,
    policy_version text        not null,
    method         text        not null check (method ~ '^[a-z][a-z0-9-]{0,63}$')
);

create index upload_marketing_consents_material_idx on upload_marketing_consents (material_id, id desc);

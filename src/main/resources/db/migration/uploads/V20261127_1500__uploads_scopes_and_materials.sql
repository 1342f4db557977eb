-- One data key per scope (a cart or an order), wrapped by the master key. Destroying a scope deletes
-- its wrapped key (crypto-shredding: every copy of its files becomes unreadable) and its owner, and
-- keeps the row as a tombstone so the scope is never given a new key.
create table upload_scopes (
    scope_kind        text        not null check (scope_kind ~ '^[a-z][a-z0-9-]{0,31}$'),
    scope_id          uuid        not null,
    wrapped_keyset    bytea,
    owner_email       text,
    owner_customer_id uuid,
    created_at        timestamptz not null,
    destroyed_at      timestamptz,
    primary key (scope_kind, scope_id),
    constraint upload_scopes_key_until_destroyed check ((destroyed_at is null) = (wrapped_keyset is not null)),
    constraint upload_scopes_no_owner_once_destroyed check (
        destroyed_at is null or (owner_email is null and owner_customer_id is null))
);

create index upload_scopes_owner_email_idx on upload_scopes (owner_email) where owner_email is not null;
create index upload_scopes_owner_customer_idx on upload_scopes (owner_customer_id) where owner_customer_id is not null;

-- A stored material; its encrypted content is in the file store under the material's id.
create table upload_materials (
    id           uuid primary key,
    scope_kind   text        not null,
    scope_id     uuid        not null,
    kind         text        not null check (kind in ('PHOTO', 'VIDEO', 'TEXT')),
    content_type text        not null,
    size_bytes   bigint      not null check (size_bytes >= 0),
    label        text        not null check (length(label) <= 120),
    width        integer check (width > 0),
    height       integer check (height > 0),
    created_at   timestamptz not null,
    foreign key (scope_kind, scope_id) references upload_scopes (scope_kind, scope_id)
);

create index upload_materials_scope_idx on upload_materials (scope_kind, scope_id);

-- The catalog: products, their variants (prices in minor units), personalization slots and images.
-- Other modules refer to variants by id only; nothing outside the catalog references these tables.

create table catalog_product (
    id              uuid primary key,
    slug            text not null unique
                    check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 80),
    name            text not null check (length(btrim(name)) between 1 and 120),
    description     text not null default '' check (length(description) <= 4000),
    listed          boolean not null default false,
    requires_proof  boolean not null default true,
    print_width_mm  integer check (print_width_mm between 1 and 5000),
    print_height_mm integer check (print_height_mm between 1 and 5000),
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    constraint catalog_product_print_size_check check ((print_width_mm is null) = (print_height_mm is null))
);

create index catalog_product_listed_idx on catalog_product (name) where listed;

create table catalog_variant (
    id             uuid primary key,
    product_id     uuid not null references catalog_product (id) on delete cascade,
    sort_order     integer not null check (sort_order >= 0),
    name           text not null check (length(btrim(name)) between 1 and 80),
    sku            text not null unique check (sku ~ '^[A-Z0-9][A-Z0-9._-]{0,39}$'),
    price_minor    bigint not null check (price_minor >= 0),
    price_currency char(3) not null check (price_currency ~ '^[A-Z]{3}$'),
    available      boolean not null default true,
    unique (product_id, sort_order)
);

create table catalog_slot (
    product_id uuid not null references catalog_product (id) on delete cascade,
    slot_key   text not null check (slot_key ~ '^[a-z][a-z0-9_-]{0,39}$'),
    sort_order integer not null check (sort_order >= 0),
    label      text not null check (length(btrim(label)) between 1 and 80),
    hint       text check (length(hint) <= 200),
    slot_type  text not null check (slot_type in ('TEXT', 'PHOTO', 'VIDEO')),
    required   boolean not null,
    max_length integer check (max_length between 1 and 1000),
    characters text not null default 'BASIC' check (characters in ('BASIC', 'LETTERS_AND_DIGITS', 'EXTENDED')),
    primary key (product_id, slot_key),
    unique (product_id, sort_order),
    constraint catalog_slot_text_length_check check ((slot_type = 'TEXT') = (max_length is not null))
);

-- An image is either bundled with the application (static_path) or uploaded (content_type, bytes in
-- catalog_image_file, which is kept apart so that loading a product never loads image bytes).
create table catalog_image (
    id           uuid primary key,
    product_id   uuid not null references catalog_product (id) on delete cascade,
    sort_order   integer not null check (sort_order >= 0),
    alt_text     text not null check (length(btrim(alt_text)) between 1 and 200),
    static_path  text check (static_path ~ '^/images/catalog/[a-z0-9-]+\.(svg|png|jpg|webp)$'),
    content_type text check (content_type in ('image/png', 'image/jpeg', 'image/webp')),
    unique (product_id, sort_order),
    constraint catalog_image_source_check check ((static_path is null) <> (content_type is null))
);

create table catalog_image_file (
    id           uuid primary key,
    product_id   uuid not null references catalog_product (id) on delete cascade,
    content_type text not null check (content_type in ('image/png', 'image/jpeg', 'image/webp')),
    bytes        bytea not null check (octet_length(bytes) between 1 and 2097152),
    created_at   timestamptz not null
);

create index catalog_image_file_product_idx on catalog_image_file (product_id);

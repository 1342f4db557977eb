-- Carts live in the database so that any node can serve any request.
-- A web cart is found through the id kept in the HTTP session; an API cart through a token whose
-- SHA-256 hash is stored here (the token itself is known only to the client).
create table carts (
    id          uuid primary key,
    customer_id uuid,
    token_hash  bytea unique check (token_hash is null or octet_length(token_hash) = 32),
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);
create index carts_customer_idx on carts (customer_id) where customer_id is not null;
create index carts_updated_idx on carts (updated_at);

-- One line per variant and personalization: identical personalization merges into one line,
-- different personalization stays apart (personalization_key is a hash of the normalized values).
-- No price column: the price always comes from the catalog.
create table cart_lines (
    id                  uuid primary key,
    cart_id             uuid not null references carts (id) on delete cascade,
    variant_id          uuid not null,
    personalization_key text not null,
    quantity            int  not null check (quantity between 1 and 20),
    added_at            timestamptz not null,
    unique (cart_id, variant_id, personalization_key)
);

create table cart_line_personalization (
    line_id   uuid not null references cart_lines (id) on delete cascade,
    position  int  not null,
    slot_key  text not null,
    label     text not null,
    slot_type text not null,
    value     text not null,
    primary key (line_id, position)
);

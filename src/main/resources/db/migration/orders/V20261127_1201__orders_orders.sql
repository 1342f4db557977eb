-- Orders with a snapshot of contact, addresses, lines and personalization as they were at checkout.
-- Personal columns become null when the order is anonymized (erasure request or end of retention);
-- what tax law needs (number, dates, lines, totals, billing country) stays.
create table orders (
    id                   uuid primary key,
    number               text   not null unique,
    customer_id          uuid,
    status               text   not null check (status in ('PLACED', 'PAID', 'PAYMENT_FAILED', 'PROOFING',
                             'IN_PRODUCTION', 'SHIPPED', 'DELIVERED', 'CANCELLED', 'CLOSED')),
    contact_name         text,
    contact_email        text,
    contact_phone        text,
    shipping_name        text,
    shipping_line1       text,
    shipping_line2       text,
    shipping_postal_code text,
    shipping_city        text,
    shipping_country     char(2),
    billing_name         text,
    billing_line1        text,
    billing_line2        text,
    billing_postal_code  text,
    billing_city         text,
    billing_country      char(2) not null,
    total_minor          bigint  not null check (total_minor >= 0),
    currency             char(3) not null,
    placed_at            timestamptz not null,
    updated_at           timestamptz not null,
    attention            text,
    anonymized_at        timestamptz,
    version              bigint  not null,
    check (anonymized_at is not null or (contact_name is not null and contact_email is not null
        and shipping_name is not null and shipping_line1 is not null and shipping_postal_code is not null
        and shipping_city is not null and shipping_country is not null and billing_name is not null
        and billing_line1 is not null and billing_postal_code is not null and billing_city is not null))
);
create index orders_customer_idx on orders (customer_id, placed_at desc) where customer_id is not null;
create index orders_contact_email_idx on orders (lower(contact_email)) where contact_email is not null;
create index orders_placed_idx on orders (placed_at desc);
create index orders_status_placed_idx on orders (status, placed_at desc);

create table order_lines (
    id               uuid primary key,
    order_id         uuid    not null references orders (id) on delete cascade,
    position         int     not null,
    product_id       uuid    not null,
    variant_id       uuid    not null,
    product_name     text    not null,
    variant_name     text    not null,
    sku              text    not null,
    unit_price_minor bigint  not null check (unit_price_minor >= 0),
    quantity         int     not null check (quantity between 1 and 20),
    line_total_minor bigint  not null check (line_total_minor >= 0),
    requires_proof   boolean not null,
    unique (order_id, position)
);

create table order_line_personalization (
    line_id   uuid not null references order_lines (id) on delete cascade,
    position  int  not null,
    slot_key  text not null,
    label     text not null,
    slot_type text not null,
    value     text not null,
    primary key (line_id, position)
);

-- Every change of an order's status, and remarks that do not change it (from = to).
create table order_transitions (
    id          bigint generated always as identity primary key,
    order_id    uuid not null references orders (id) on delete cascade,
    from_status text,
    to_status   text not null,
    at          timestamptz not null,
    actor       text not null,
    note        text
);
create index order_transitions_order_idx on order_transitions (order_id, id);

-- Links that open one order without an account (guest checkout, confirmation email).
-- Only the SHA-256 hash of each token is stored.
create table order_tracking_tokens (
    token_hash bytea primary key check (octet_length(token_hash) = 32),
    order_id   uuid not null references orders (id) on delete cascade,
    issued_at  timestamptz not null
);
create index order_tracking_tokens_order_idx on order_tracking_tokens (order_id);

-- The sandbox provider's own record of hosted checkouts (what a real provider keeps on its side).
create table sandbox_checkouts (
    reference    text primary key,
    order_id     uuid        not null,
    order_number text        not null,
    amount_minor bigint      not null check (amount_minor >= 0),
    currency     char(3)     not null,
    return_url   text        not null,
    status       text        not null check (status in ('OPEN', 'PAID', 'DECLINED')),
    created_at   timestamptz not null,
    completed_at timestamptz
);

create index sandbox_checkouts_order_idx on sandbox_checkouts (order_id);

-- Orders whose every line the workshops finished (production's OrderMade): only these can be shipped.
create table shipping_made_orders (
    order_id uuid primary key,
    made_at  timestamptz not null
);

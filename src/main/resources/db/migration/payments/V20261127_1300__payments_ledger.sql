-- The payment ledger: every checkout started and every verified provider event, oldest first by
-- occurred_at. Card data never reaches the shop (promise C2): there is no column for it.
create table payment_events (
    id                  uuid primary key,
    order_id            uuid        not null,
    provider            text        not null,
    kind                text        not null check (kind in ('CHECKOUT_STARTED', 'PAID', 'DECLINED')),
    amount_minor        bigint      not null check (amount_minor >= 0),
    currency            char(3)     not null,
    checkout_reference  text        not null,
    provider_event_id   text,
    provider_payment_id text,
    occurred_at         timestamptz not null,
    received_at         timestamptz not null,
    -- A provider delivers an event at least once: the second delivery must change nothing.
    constraint payment_events_provider_event_unique unique (provider, provider_event_id),
    constraint payment_events_webhook_has_event_id check (kind = 'CHECKOUT_STARTED' or provider_event_id is not null)
);

create index payment_events_order_idx on payment_events (order_id, occurred_at);

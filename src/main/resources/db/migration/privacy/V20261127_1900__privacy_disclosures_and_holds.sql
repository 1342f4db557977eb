-- The disclosure register (promises S2-S4): every handover of personal data to someone outside
-- the shop's team. Rows are kept as the shop's record of what it handed to whom.
create table privacy_disclosures (
    id              uuid primary key,
    recipient       text        not null check (length(recipient) between 1 and 200),
    recipient_kind  text        not null
        check (recipient_kind in ('WORKSHOP', 'CARRIER', 'PAYMENT_PROVIDER', 'AUTHORITY', 'THIRD_PARTY')),
    purpose         text        not null check (length(purpose) between 1 and 500),
    legal_basis     text        not null
        check (legal_basis in ('CONTRACT', 'LEGAL_OBLIGATION', 'CONSENT', 'LEGITIMATE_INTEREST')),
    categories      text[]      not null check (cardinality(categories) > 0),
    customer_id     uuid,
    email           text        check (email = lower(email)),
    order_id        uuid,
    -- An order number as typed by a privacy officer for a legal disclosure (not resolved).
    order_number    text,
    at              timestamptz not null,
    reference       text,
    approved_by     text,
    recorded_by     text        not null,
    recorded_at     timestamptz not null,
    -- S1: personal data is never sold, rented or traded for marketing.
    constraint privacy_disclosures_never_for_marketing
        check (not (recipient_kind = 'THIRD_PARTY' and purpose ilike '%marketing%'))
);

create index privacy_disclosures_email_idx on privacy_disclosures (email, at desc);
create index privacy_disclosures_customer_idx on privacy_disclosures (customer_id, at desc);
create index privacy_disclosures_order_idx on privacy_disclosures (order_id);
create index privacy_disclosures_at_idx on privacy_disclosures (at desc);

-- Legal holds: a person (by email) or an order (by id or by number as typed) whose data must not
-- be deleted while the hold stands.
create table privacy_legal_holds (
    id            uuid primary key,
    email         text        check (email = lower(email)),
    order_id      uuid,
    order_number  text,
    reason        text        not null check (length(reason) between 1 and 1000),
    reference     text        not null check (length(reference) between 1 and 200),
    placed_by     text        not null,
    placed_at     timestamptz not null,
    lifted_by     text,
    lifted_at     timestamptz,
    lift_reason   text,
    constraint privacy_legal_holds_one_target
        check (num_nonnulls(email, order_id, order_number) = 1),
    constraint privacy_legal_holds_lifted_together
        check ((lifted_at is null) = (lifted_by is null))
);

create index privacy_legal_holds_email_idx on privacy_legal_holds (email) where lifted_at is null;
create index privacy_legal_holds_order_idx on privacy_legal_holds (order_id) where lifted_at is null;
create index privacy_legal_holds_number_idx on privacy_legal_holds (order_number) where lifted_at is null;

-- One proof request per order line that needs a design preview approved before it is made. The
-- order and its line are referenced by id only; product and variant names and the order number are
-- copied (they are not personal data) so the staff queue needs no call per row.
create table proof_requests (
    id           uuid primary key,
    order_id     uuid        not null,
    order_number text        not null,
    customer_id  uuid,
    line_id      uuid        not null,
    position     integer     not null check (position >= 0),
    product_name text        not null,
    variant_name text        not null,
    state        text        not null check (state in ('AWAITING_PROOF', 'AWAITING_CUSTOMER', 'CHANGES_REQUESTED', 'APPROVED')),
    state_since  timestamptz not null,
    created_at   timestamptz not null,
    version      bigint      not null default 0,
    -- A repeated OrderProofingStarted creates nothing new.
    constraint proof_requests_one_per_line unique (order_id, line_id)
);

create index proof_requests_open_idx on proof_requests (state, state_since) where state <> 'APPROVED';
create index proof_requests_customer_idx on proof_requests (customer_id) where customer_id is not null;

-- Each preview staff publish for a request, with the customer's answer to it.
create table proof_rounds (
    proof_request_id uuid        not null references proof_requests (id) on delete cascade,
    round            integer     not null check (round >= 1),
    material_id      uuid        not null,
    content_type     text        not null,
    staff_note       text check (length(staff_note) <= 1000),
    published_by     text        not null,
    published_at     timestamptz not null,
    decision         text check (decision in ('APPROVED', 'CHANGES_REQUESTED', 'SUPERSEDED')),
    customer_comment text check (length(customer_comment) <= 2000),
    decided_at       timestamptz,
    primary key (proof_request_id, round),
    constraint proof_rounds_decided_together check ((decision is null) = (decided_at is null)),
    constraint proof_rounds_comment_with_changes check (customer_comment is null or decision = 'CHANGES_REQUESTED')
);

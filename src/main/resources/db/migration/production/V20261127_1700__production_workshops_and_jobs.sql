-- Workshops that make the orders, the craftsmen who may use the portal for one of them, and the jobs
-- (one order line each) assigned to them. Orders, order lines and accounts are referenced by id only.
create table production_workshops (
    id            uuid primary key,
    name          text        not null check (length(btrim(name)) between 1 and 120),
    contact_email text check (contact_email is null or (length(contact_email) <= 254 and contact_email like '_%@_%')),
    active        boolean     not null default true,
    created_at    timestamptz not null,
    version       bigint      not null default 0
);

create unique index production_workshops_name_key on production_workshops (lower(name));

-- One account belongs to at most one workshop. Name and email are copied from the invitation so
-- staff see who is a member; removing the row ends portal access at once.
create table production_members (
    account_id  uuid primary key,
    workshop_id uuid        not null references production_workshops (id) on delete cascade,
    name        text        not null check (length(btrim(name)) between 1 and 200),
    email       text        not null check (length(email) <= 254),
    added_at    timestamptz not null,
    added_by    text        not null
);

create index production_members_workshop_idx on production_members (workshop_id);

create table production_jobs (
    id              uuid primary key,
    workshop_id     uuid        not null references production_workshops (id),
    order_id        uuid        not null,
    order_number    text        not null,
    customer_id     uuid,
    line_id         uuid        not null,
    product_name    text        not null,
    variant_name    text        not null,
    quantity        integer     not null check (quantity > 0),
    due_on          date        not null,
    state           text        not null check (state in ('ASSIGNED', 'IN_PROGRESS', 'DONE', 'REJECTED', 'REASSIGNED')),
    reject_reason   text check (length(reject_reason) <= 1000),
    assigned_by     text        not null,
    assigned_at     timestamptz not null,
    state_since     timestamptz not null,
    version         bigint      not null default 0,
    constraint production_jobs_reason_when_rejected check ((state = 'REJECTED') = (reject_reason is not null))
);

-- A line has at most one open job: one waiting, being made or done. A rejected or reassigned job
-- stays as history.
create unique index production_jobs_one_open_per_line on production_jobs (line_id)
    where state in ('ASSIGNED', 'IN_PROGRESS', 'DONE');
create index production_jobs_workshop_idx on production_jobs (workshop_id, state);
create index production_jobs_order_idx on production_jobs (order_id);
create index production_jobs_customer_idx on production_jobs (customer_id) where customer_id is not null;

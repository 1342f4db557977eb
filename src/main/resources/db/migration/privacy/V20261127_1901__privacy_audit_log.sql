-- The audit log (promises M3, D1): staff and workshop access to personal data and materials.
-- Tamper-evident: each entry stores the hash of the one before it and its own hash over a
-- canonical encoding of its fields, so an edited or deleted row breaks the chain.
create table privacy_audit_log (
    sequence        bigint primary key check (sequence > 0),
    previous_hash   char(64)    not null,
    hash            char(64)    not null unique,
    actor           text        not null,
    role            text        not null,
    workshop        text,
    action          text        not null,
    resource        text        not null,
    customer_id     uuid,
    customer_email  text        check (customer_email = lower(customer_email)),
    order_id        uuid,
    at              timestamptz not null
);

create index privacy_audit_log_actor_idx on privacy_audit_log (actor, at desc);
create index privacy_audit_log_customer_idx on privacy_audit_log (customer_id, at desc);
create index privacy_audit_log_email_idx on privacy_audit_log (customer_email, at desc);
create index privacy_audit_log_order_idx on privacy_audit_log (order_id);
create index privacy_audit_log_at_idx on privacy_audit_log (at desc);

-- Append-only: the application's own database user owns the table, so revoking UPDATE and DELETE
-- from it would not hold; a trigger refuses them (and TRUNCATE) instead.
create function privacy_audit_log_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'privacy_audit_log is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger privacy_audit_log_no_change
    before update or delete on privacy_audit_log
    for each row execute function privacy_audit_log_append_only();

create trigger privacy_audit_log_no_truncate
    before truncate on privacy_audit_log
    for each statement execute function privacy_audit_log_append_only();

-- The email outbox: written in the same transaction as the business change that causes the mail,
-- sent by a retrying job, and kept as the record of emails sent to a person (promise C5).
create table outbox_messages (
    id              uuid primary key,
    kind            text        not null check (kind in ('TRANSACTIONAL', 'PROMOTIONAL')),
    recipient       text        not null,
    subject         text        not null,
    html_body       text        not null,
    text_body       text        not null,
    status          text        not null check (status in ('PENDING', 'HELD', 'SENT', 'FAILED')),
    attempts        integer     not null default 0 check (attempts >= 0),
    next_attempt_at timestamptz,
    created_at      timestamptz not null,
    sent_at         timestamptz,
    last_error      text,
    constraint outbox_messages_pending_has_next_attempt check (status <> 'PENDING' or next_attempt_at is not null),
    constraint outbox_messages_sent_has_sent_at check (status <> 'SENT' or sent_at is not null)
);

create index outbox_messages_due_idx on outbox_messages (next_attempt_at) where status = 'PENDING';
create index outbox_messages_created_idx on outbox_messages (created_at desc);
create index outbox_messages_recipient_idx on outbox_messages (lower(recipient));

-- The one-click unsubscribe link of a promotional message, sent as its List-Unsubscribe header
-- (RFC 2369) with List-Unsubscribe-Post (RFC 8058). Transactional mail has none.
alter table outbox_messages add column list_unsubscribe text;

alter table outbox_messages add constraint outbox_messages_unsubscribe_only_promotional
    check (list_unsubscribe is null or kind = 'PROMOTIONAL');

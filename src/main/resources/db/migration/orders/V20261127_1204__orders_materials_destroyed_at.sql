-- When the materials uploaded for a closed order were deleted (promise M2): null while they are kept,
-- during the order and its after-sales window, or while a legal hold names the order.
alter table orders add column materials_destroyed_at timestamptz;

create index orders_closed_materials_idx on orders (id) where status = 'CLOSED' and materials_destroyed_at is null;

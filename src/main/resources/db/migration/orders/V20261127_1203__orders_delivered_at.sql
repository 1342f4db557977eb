-- When the carrier delivered the order: the after-sales window (returns, warranty) starts then.
alter table orders add column delivered_at timestamptz;

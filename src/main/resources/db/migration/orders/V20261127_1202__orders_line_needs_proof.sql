-- Whether a design preview must be approved before the line is made: the product asks for one and
-- the line is personalized. Fixed at checkout, like the rest of the line.
alter table order_lines add column needs_proof boolean;
update order_lines l
set needs_proof = l.requires_proof
    and exists (select 1 from order_line_personalization p where p.line_id = l.id);
alter table order_lines alter column needs_proof set not null;
alter table order_lines add check (not needs_proof or requires_proof);

-- The unpaid-order expiry looks for orders awaiting payment that nobody touched for a while.
create index orders_unpaid_updated_idx on orders (updated_at) where status in ('PLACED', 'PAYMENT_FAILED');

-- One shipment per order. The carrier got the label data at dispatch; the shop keeps none of it
-- here (name, address and phone stay on the order): only the carrier, its tracking number and the
-- parcel's measures. A shipment is deleted when its order is closed at the end of the after-sales
-- window: nothing about the parcel is needed afterwards.
create table shipping_shipments (
    id               uuid primary key,
    order_id         uuid not null unique,
    order_number     text not null,
    carrier_code     text not null,
    tracking_number  text not null,
    status           text not null check (status in ('DISPATCHED', 'IN_TRANSIT', 'DELIVERED', 'EXCEPTION')),
    weight_grams     int  not null check (weight_grams > 0),
    length_cm        int  not null check (length_cm > 0),
    width_cm         int  not null check (width_cm > 0),
    height_cm        int  not null check (height_cm > 0),
    dispatched_at    timestamptz not null,
    last_event_at    timestamptz not null,
    delivered_at     timestamptz,
    exception_at     timestamptz,
    version          bigint not null,
    unique (carrier_code, tracking_number),
    check ((status = 'DELIVERED') = (delivered_at is not null))
);
create index shipping_shipments_due_idx on shipping_shipments (delivered_at) where delivered_at is not null;
create index shipping_shipments_open_idx on shipping_shipments (status, dispatched_at desc);

-- Tracking webhooks already handled, by the carrier's event id: a replayed event changes nothing.
create table shipping_tracking_events (
    carrier_code    text not null,
    event_id        text not null check (length(event_id) between 1 and 200),
    shipment_id     uuid not null references shipping_shipments (id) on delete cascade,
    status          text not null check (status in ('IN_TRANSIT', 'DELIVERED', 'EXCEPTION')),
    at              timestamptz not null,
    received_at     timestamptz not null,
    applied         boolean not null,
    primary key (carrier_code, event_id)
);
create index shipping_tracking_events_shipment_idx on shipping_tracking_events (shipment_id, at);

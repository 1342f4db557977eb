-- Text-file slots (a letter or poem the customer uploads as a plain-text file), and the least
-- effective resolution a photo needs on each product's print (pixels per inch at its print size).

alter table catalog_slot
    drop constraint catalog_slot_slot_type_check,
    add constraint catalog_slot_slot_type_check check (slot_type in ('TEXT', 'PHOTO', 'VIDEO', 'TEXT_FILE'));

alter table catalog_product
    add column min_dpi integer not null default 100
        constraint catalog_product_min_dpi_check check (min_dpi between 30 and 1200);

-- Stages the supplier feed into an internal table, then publishes it.
-- Deliberate violation: SELECT * couples the staging table to every supplier column.
CREATE TABLE catalog.products_staging AS
SELECT * FROM catalog.supplier_feed;

INSERT INTO catalog.products_v2 (product_id, productName, category, list_price)
SELECT s.sku, s.title, lower(s.category), s.price
FROM catalog.products_staging s
WHERE s.active;

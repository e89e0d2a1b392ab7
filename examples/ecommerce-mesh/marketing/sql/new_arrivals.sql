-- Products added to the catalogue this week, for the newsletter.
-- Deliberate violation: reads the Catalog domain's internal staging table instead of its published
-- catalog.products_v2.
SELECT s.sku AS product_id, s.title, lower(s.category) AS category
FROM catalog.products_staging s
WHERE s.active;

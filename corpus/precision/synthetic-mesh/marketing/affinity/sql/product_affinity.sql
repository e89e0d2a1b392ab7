-- Unnests the basket of every order into one row per SKU.
INSERT INTO marketing.product_affinity_v1 (customer_id, sku, units)
SELECT o.customer_id, item.sku, SUM(item.quantity)
FROM sales.orders_v1 o, UNNEST(o.items) AS item
GROUP BY o.customer_id, item.sku;

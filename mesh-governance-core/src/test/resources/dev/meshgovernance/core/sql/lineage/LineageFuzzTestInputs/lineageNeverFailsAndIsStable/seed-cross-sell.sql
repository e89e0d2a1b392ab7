WITH orders AS (
  SELECT customer_id, array_agg(product_id) AS bought
  FROM sales.orders_v1
  WHERE order_date > current_date - INTERVAL '30 day'
  GROUP BY customer_id
),
products AS (
  SELECT product_id, category FROM catalog.products_v2
)
SELECT o.customer_id, p.category, COUNT(*) AS occurences
FROM orders o
JOIN UNNEST(o.bought) AS product_id
JOIN products p USING (product_id)
GROUP BY 1,2
ORDER BY occurences DESC
LIMIT 50;

-- Rebuilds the newsletter audience from the customer master and last year's orders.
WITH spend AS (
  SELECT o.customer_id, SUM(l.amount) AS last_year_spend
  FROM sales.orders_v1 o
  JOIN sales.order_lines_v1 l ON l.order_id = o.order_id
  WHERE o.order_date >= current_date - INTERVAL '1 year'
  GROUP BY o.customer_id
)
INSERT INTO marketing.audience_v1 (customer_id, contact_email, country, segment)
SELECT c.customer_id,
       c.email,
       c.country,
       CASE WHEN s.last_year_spend > 500 THEN 'high-value' ELSE 'standard' END
FROM crm.customers_v2 c
LEFT JOIN spend s ON s.customer_id = c.customer_id
WHERE c.marketing_opt_in;

-- Revenue of yesterday, per country.
INSERT INTO finance.daily_revenue_v1 (ORDER_DATE, COUNTRY, GROSS_AMOUNT, NET_AMOUNT, ORDER_LINES)
SELECT o.order_date,
       c.country,
       SUM(l.amount),
       SUM(p.captured_amount) - COALESCE(SUM(f.refunded_amount), 0) - COALESCE(SUM(d.discount_amount), 0),
       COUNT(*)
FROM sales.orders_v1 o
JOIN sales.order_lines_v1 l ON l.order_id = o.order_id
JOIN sales.payments_v1 p ON p.order_id = o.order_id
LEFT JOIN sales.refunds_v1 f ON f.order_id = o.order_id
LEFT JOIN sales.order_discounts d ON d.order_id = o.order_id
JOIN crm.customers_v2 c ON c.customer_id = o.customer_id
WHERE o.order_date = current_date - 1
GROUP BY o.order_date, c.country;

-- Builds the published order lines from the shop's raw events.
INSERT INTO sales.orders_v1 (order_id, customer_id, product_id, order_date, customer_email, amount)
SELECT e.order_id, e.customer_id, e.product_id, CAST(e.created_at AS DATE), e.email, e.price * e.quantity
FROM sales.raw_order_events e
WHERE e.event_type = 'order_placed';

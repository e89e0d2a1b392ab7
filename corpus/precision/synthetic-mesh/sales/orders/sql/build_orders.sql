-- Builds the order tables from the shop's raw events, one statement per published table.
INSERT INTO sales.orders_v1 (order_id, orderRef, customer_id, order_date, items)
SELECT r.order_id, r.pos_reference, r.customer_id, CAST(r.created_at AS DATE), r.basket_items
FROM sales.raw_orders r
WHERE r.state <> 'cancelled';

INSERT INTO sales.order_lines_v1 (order_id, line_no, sku, amount)
SELECT l.order_id, l.line_no, l.sku, l.unit_price * l.quantity
FROM sales.raw_order_lines l;

INSERT INTO sales.payments_v1 (payment_id, order_id, captured_amount)
SELECT p.payment_id, p.order_id, p.amount
FROM sales.raw_payments p
WHERE p.status = 'captured';

INSERT INTO sales.refunds_v1 (refund_id, order_id, refunded_amount)
SELECT f.refund_id, f.order_id, f.amount
FROM sales.raw_refunds f;

INSERT INTO sales.order_discounts (order_id, discount_amount)
SELECT v.order_id, SUM(v.amount)
FROM sales.raw_vouchers v
GROUP BY v.order_id;

INSERT INTO sales.orders_eu_v1 (order_id, orderRef, order_date)
SELECT r.order_id, r.pos_reference, CAST(r.created_at AS DATE)
FROM sales.raw_orders r
WHERE r.legal_entity = 'EU' AND r.state <> 'cancelled';

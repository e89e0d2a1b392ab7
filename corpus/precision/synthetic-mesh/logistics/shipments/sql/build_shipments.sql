-- One clean base table of the warehouse feed; dispatch and delivery are staged from it separately
-- (they are refreshed on different schedules), and v2 joins them back together.
CREATE TABLE wms.shipment_base AS
SELECT r.shipment_id, r.order_id, r.carrier_code AS carrier, r.dispatched_at AS shipped_at,
       r.delivered_at
FROM wms.raw_shipments r
WHERE r.shipment_id IS NOT NULL;

CREATE TABLE wms.shipment_dispatch AS
SELECT b.shipment_id, b.order_id, b.carrier, b.shipped_at
FROM wms.shipment_base b;

CREATE TABLE wms.shipment_delivery AS
SELECT b.shipment_id, b.shipped_at, b.delivered_at
FROM wms.shipment_base b
WHERE b.delivered_at IS NOT NULL;

INSERT INTO wms.shipments_v1 (shipment_id, order_id, carrier, shipped_at)
SELECT d.shipment_id, d.order_id, d.carrier, d.shipped_at
FROM wms.shipment_dispatch d;

INSERT INTO wms.shipments_v2 (shipment_id, order_id, carrier, shipped_at, delivered_at, transit_hours)
SELECT d.shipment_id, d.order_id, d.carrier, d.shipped_at, v.delivered_at,
       EXTRACT(EPOCH FROM v.delivered_at - d.shipped_at) / 3600
FROM wms.shipment_dispatch d
LEFT JOIN wms.shipment_delivery v ON v.shipment_id = d.shipment_id;

-- Appends today's snapshot.
INSERT INTO wms.inventory_snapshot_v1 (warehouse_id, sku, on_hand_units, snapshot_date)
SELECT b.warehouse_id, b.sku, SUM(b.units), current_date AS snapshot_date
FROM wms.bins b
WHERE b.units > 0
GROUP BY b.warehouse_id, b.sku;

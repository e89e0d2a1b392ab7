-- Counts yesterday's touches per campaign and channel.
INSERT INTO campaign_performance_v0 (campaign_id, channel, touches)
SELECT t.campaign_id, c.channel, COUNT(*)
FROM raw_touches t
JOIN raw_campaigns c ON c.campaign_id = t.campaign_id
WHERE t.sent_at >= CURRENT_DATE - INTERVAL 1 DAY
GROUP BY t.campaign_id, c.channel;

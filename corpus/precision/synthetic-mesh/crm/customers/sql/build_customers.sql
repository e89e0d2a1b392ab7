-- Cleans the sign-up feed into a staging table, then publishes it.
CREATE TABLE crm.customers_staging AS
SELECT s.customer_id, lower(trim(s.email)) AS email, upper(s.country_code) AS country,
       s.opt_in AS marketing_opt_in, s.address
FROM crm.raw_signups s
WHERE s.verified;

-- Planted violation: the star copies whatever the staging table holds into the published table.
INSERT INTO crm.customers_v2
SELECT * FROM crm.customers_staging;

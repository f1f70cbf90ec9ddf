-- The operations screen (the wall screen of a province's operations centre, a centre director's TV)
-- is paired like a kiosk: one more kind of centre device.
ALTER TABLE centre_devices DROP CONSTRAINT centre_devices_kind_check;
ALTER TABLE centre_devices ADD CONSTRAINT centre_devices_kind_check CHECK (kind IN ('kiosk', 'board', 'tablet', 'operations'));

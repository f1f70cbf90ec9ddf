-- What the other modules read of the agencies and their units.
CREATE OR REPLACE VIEW agency_directory AS
  SELECT id, code, name, short_name, kind, parent_id, address, phone, abolished_on, successor_id, postal_fee_vnd, symbol_abbreviation FROM agencies;
CREATE OR REPLACE VIEW unit_directory AS
  SELECT id, agency_id, code, name, kind, symbol_abbreviation FROM units;

-- An agency is made with its own counters: dossier numbers, register lines, fee receipts (dossier-numbers.sql).
CREATE OR REPLACE TRIGGER agencies_number_sequences AFTER INSERT ON agencies
  FOR EACH ROW EXECUTE FUNCTION create_agency_number_sequences();

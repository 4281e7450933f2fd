-- A new, empty store has nothing to rebuild: its read models are built, event by event, with whatever basis the service
-- starts with (ReadModelBasis.NEW_STORE). A store that already holds events has no basis row after V10: the service
-- rebuilds its read models at its next start.
insert into read_model_basis (id, fingerprint, recorded_at)
select 1, 'new', current_timestamp where not exists (select 1 from domain_event_entry);

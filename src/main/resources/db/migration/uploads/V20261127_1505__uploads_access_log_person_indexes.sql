-- A rights request finds the access-log entries that name a person by their sign-in name (any letter
-- case) or as the viewer (customer id, order number): index look-ups, not a read of the whole log.
create index upload_access_log_principal_lower_idx on upload_access_log (lower(principal)) where principal is not null;
create index upload_access_log_viewer_subject_idx on upload_access_log (viewer_subject) where viewer_subject is not null;

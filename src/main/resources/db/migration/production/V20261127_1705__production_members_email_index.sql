-- The workshop portal and rights requests find a craftsman by their sign-in address.
create index production_members_email_idx on production_members (email);

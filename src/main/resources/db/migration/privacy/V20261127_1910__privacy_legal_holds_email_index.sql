-- An erasure reports the holds that ever named the person (lifted ones too) by their address.
create index privacy_legal_holds_email_all_idx on privacy_legal_holds (email) where email is not null;

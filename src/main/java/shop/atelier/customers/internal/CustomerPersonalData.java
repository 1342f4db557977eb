package shop.atelier.customers.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import shop.atelier.privacy.spi.DataCategory;
import shop.atelier.privacy.spi.DataInventory;
import shop.atelier.privacy.spi.DataSubject;
import shop.atelier.privacy.spi.ErasureMode;
import shop.atelier.privacy.spi.ErasureReport;
import shop.atelier.privacy.spi.ExportSink;
import shop.atelier.privacy.spi.LegalBasis;
import shop.atelier.privacy.spi.PersonalDataHolder;

/**
 * The customers module's entry in the data map: accounts, address books and reset links. Export
 * never includes the password hash (it says "set"); erasure deletes a customer's account with its
 * addresses and links, and keeps staff accounts, which belong to the shop's team.
 */
@Component
@Order(600)
@Transactional
class CustomerPersonalData implements PersonalDataHolder {

    static final String HOLDER = "customers";
    private static final List<String> NOT_PERSONAL = List.of(
            "accounts.version",
            "account_addresses.version",
            "spring_session.primary_id",
            "spring_session.session_id",
            "spring_session.creation_time",
            "spring_session.last_access_time",
            "spring_session.max_inactive_interval",
            "spring_session.expiry_time",
            "spring_session_attributes.session_primary_id",
            "spring_session_attributes.attribute_name");
    private static final String UNTIL_DELETED = "Until the account is deleted.";
    private static final List<String> NOBODY_OUTSIDE_THE_SHOP = List.of();

    static final List<DataCategory> CATEGORIES = List.of(
            new DataCategory(
                    "contact.name",
                    "Your name, on your account and on the addresses in your address book.",
                    "To address you and to fill in orders and parcels you send from your account.",
                    LegalBasis.CONTRACT,
                    NOBODY_OUTSIDE_THE_SHOP,
                    UNTIL_DELETED,
                    List.of("accounts.name", "account_addresses.name")),
            new DataCategory(
                    "contact.email",
                    "The email address you sign in with.",
                    "To sign you in and to send you what your account and orders need, such as a password-reset link.",
                    LegalBasis.CONTRACT,
                    NOBODY_OUTSIDE_THE_SHOP,
                    UNTIL_DELETED,
                    List.of("accounts.email")),
            new DataCategory(
                    "contact.phone",
                    "A phone number, if you gave one for your account or an address.",
                    "To reach you, or to let the carrier reach the recipient, about a delivery.",
                    LegalBasis.CONTRACT,
                    NOBODY_OUTSIDE_THE_SHOP,
                    UNTIL_DELETED,
                    List.of("accounts.phone", "account_addresses.phone")),
            new DataCategory(
                    "contact.address",
                    "The postal addresses in your address book, and which one is your default.",
                    "To fill in shipping and billing addresses when you order.",
                    LegalBasis.CONTRACT,
                    NOBODY_OUTSIDE_THE_SHOP,
                    UNTIL_DELETED,
                    List.of(
                            "account_addresses.line1",
                            "account_addresses.line2",
                            "account_addresses.postal_code",
                            "account_addresses.city",
                            "account_addresses.country",
                            "account_addresses.is_default",
                            "account_addresses.created_at")),
            new DataCategory(
                    "account.credentials",
                    "A one-way hash of your password (never the password itself) and the hashes of"
                            + " password-reset links sent to you.",
                    "To check that it is you who signs in, and to let you choose a new password.",
                    LegalBasis.CONTRACT,
                    NOBODY_OUTSIDE_THE_SHOP,
                    UNTIL_DELETED + " Reset links stop working after an hour and are deleted a day later.",
                    List.of(
                            "accounts.password_hash",
                            "account_password_resets.token_hash",
                            "account_password_resets.created_at",
                            "account_password_resets.expires_at",
                            "account_password_resets.used_at")),
            new DataCategory(
                    "account.record",
                    "That you have an account: its identifier, when you opened it, its role and whether it is active.",
                    "To run your account and decide what you may see.",
                    LegalBasis.CONTRACT,
                    NOBODY_OUTSIDE_THE_SHOP,
                    UNTIL_DELETED,
                    List.of(
                            "accounts.id",
                            "accounts.created_at",
                            "accounts.roles",
                            "accounts.enabled",
                            "account_addresses.id",
                            "account_addresses.account_id",
                            "account_password_resets.account_id")),
            new DataCategory(
                    "account.session",
                    "While you are signed in: the email address you signed in with and your session's security"
                            + " data, held by the shop under the random id in your session cookie.",
                    "To keep you signed in from one page to the next, on whichever of the shop's servers answers.",
                    LegalBasis.CONTRACT,
                    NOBODY_OUTSIDE_THE_SHOP,
                    "Deleted when you sign out, when your password is reset or your account deleted, and at the"
                            + " latest 8 hours after your last visit.",
                    List.of("spring_session.principal_name", "spring_session_attributes.attribute_bytes")));

    private final Accounts accounts;
    private final Addresses addresses;
    private final SignedInSessions sessions;

    CustomerPersonalData(Accounts accounts, Addresses addresses, SignedInSessions sessions) {
        this.accounts = accounts;
        this.addresses = addresses;
        this.sessions = sessions;
    }

    @Override
    public DataInventory inventory() {
        return new DataInventory(HOLDER, CATEGORIES, NOT_PERSONAL, List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public void export(DataSubject subject, ExportSink sink) {
        for (var account : accountsOf(subject)) {
            var fields = new LinkedHashMap<String, Object>();
            fields.put("id", account.id().toString());
            fields.put("name", account.name());
            fields.put("email", account.email());
            fields.put("phone", account.phone() == null ? "" : account.phone());
            fields.put("password", "set");
            fields.put("roles", List.copyOf(new TreeSet<>(account.roles())));
            fields.put("enabled", account.enabled());
            fields.put("createdAt", account.createdAt().toString());
            sink.record(HOLDER, "account", fields);
            for (var address : addresses.book(account.id())) {
                var postal = address.postalAddress();
                var addressFields = new LinkedHashMap<String, Object>();
                addressFields.put("name", postal.name());
                addressFields.put("line1", postal.line1());
                addressFields.put("line2", postal.line2() == null ? "" : postal.line2());
                addressFields.put("postalCode", postal.postalCode());
                addressFields.put("city", postal.city());
                addressFields.put("country", postal.country());
                addressFields.put("phone", postal.phone() == null ? "" : postal.phone());
                addressFields.put("default", address.isDefault());
                addressFields.put("addedAt", address.createdAt().toString());
                sink.record(HOLDER, "address", addressFields);
            }
        }
    }

    /**
     * Deletes each customer account of the subject with its address book and reset links (the
     * database cascades), in either mode: no law requires the shop to keep an account. What orders
     * must keep for tax law is the orders module's to report.
     */
    @Override
    public ErasureReport erase(DataSubject subject, ErasureMode mode) {
        var erased = new LinkedHashSet<String>();
        var kept = new ArrayList<ErasureReport.Kept>();
        for (var account : accountsOf(subject)) {
            if (account.isStaff()) {
                kept.add(new ErasureReport.Kept(
                        "account.record",
                        "This is a staff account of the shop's team; an administrator closes it when"
                                + " the person leaves the team.",
                        null));
                continue;
            }
            accounts.delete(account);
            sessions.endAll(account.email());
            CATEGORIES.forEach(category -> erased.add(category.id()));
        }
        if (erased.isEmpty() && kept.isEmpty()) {
            return ErasureReport.nothingHeld(HOLDER);
        }
        return new ErasureReport(HOLDER, List.copyOf(erased), kept);
    }

    private List<Account> accountsOf(DataSubject subject) {
        var found = new LinkedHashMap<UUID, Account>();
        if (subject.customerId() != null) {
            accounts.findById(subject.customerId()).ifPresent(account -> found.put(account.id(), account));
        }
        accounts.findByEmail(Emails.normalize(subject.email())).ifPresent(account -> found.put(account.id(), account));
        return List.copyOf(found.values());
    }
}

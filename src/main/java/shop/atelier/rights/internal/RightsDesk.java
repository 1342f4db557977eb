package shop.atelier.rights.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;
import shop.atelier.notifications.Email;
import shop.atelier.notifications.Notifications;
import shop.atelier.platform.NotFoundException;
import shop.atelier.platform.ShopProperties;
import shop.atelier.privacy.spi.DataSubject;
import shop.atelier.rights.ErasureReceipt;
import shop.atelier.rights.PrivacyRights;
import shop.atelier.rights.internal.RightsLinks.Purpose;
import tools.jackson.databind.json.JsonMapper;

/**
 * The privacy contact's desk: receives rights requests from every channel, merges duplicates,
 * verifies identities, answers through {@link PrivacyRights}, and tells the requester by email.
 * Nothing is done for a request whose requester's identity is not verified (promise G5).
 */
@Service
@Transactional
public class RightsDesk {

    public static final String REQUESTER = "requester";
    public static final String SYSTEM = "system";
    public static final String SHOPIFY = "shopify";

    static final String MAIL_VERIFY = "mail/rights/verify";
    static final String MAIL_JOINED = "mail/rights/joined";
    static final String MAIL_ARCHIVE = "mail/rights/archive-ready";
    static final String MAIL_RECEIPT = "mail/rights/erasure-receipt";
    static final String MAIL_STATE = "mail/rights/state";
    static final String MAIL_REMINDER = "mail/rights/reminder";

    private static final Logger log = LoggerFactory.getLogger(RightsDesk.class);

    private final RightsRequests requests;
    private final RightsLinks links;
    private final PrivacyRights rights;
    private final Notifications notifications;
    private final ShopProperties shop;
    private final RightsProperties properties;
    private final JsonMapper json;
    private final Clock clock;

    RightsDesk(
            RightsRequests requests,
            RightsLinks links,
            PrivacyRights rights,
            Notifications notifications,
            ShopProperties shop,
            RightsProperties properties,
            JsonMapper json,
            Clock clock) {
        this.requests = requests;
        this.links = links;
        this.rights = rights;
        this.notifications = notifications;
        this.shop = shop;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    /**
     * What a requester is shown after a step: the request, whether it joined an earlier open one,
     * and the tokens of their links (a status link always, an archive link for a ready archive).
     */
    public record Answer(
            RightsRequest request,
            boolean joined,
            @Nullable String statusToken,
            @Nullable String archiveToken) {}

    // --- the signed-in person (identity: the session) ---------------------------------------------

    /**
     * An access request from the account: the identity is the session, so the archive is ready at
     * once (an open request of the same person joins it and is answered too).
     */
    public Answer requestAccessFromAccount(DataSubject subject) {
        var received = receive(
                RequestType.ACCESS,
                Channel.ACCOUNT,
                subject,
                null,
                HistoryEntry.code("verified.signed-in"),
                null,
                REQUESTER);
        var request = received.request();
        request.completeAccess(REQUESTER, now(), properties.archiveAvailability());
        request = requests.save(request);
        return new Answer(request, received.joined(), null, null);
    }

    /** A correction request from the account, for what self-service cannot correct: staff handle it. */
    public Answer requestCorrectionFromAccount(DataSubject subject, String details) {
        var received = receive(
                RequestType.CORRECTION,
                Channel.ACCOUNT,
                subject,
                details,
                HistoryEntry.code("verified.signed-in"),
                null,
                REQUESTER);
        return new Answer(received.request(), received.joined(), null, null);
    }

    /**
     * An erasure requested from the account, the password re-entered: erased at once (or refused
     * when a legal hold stands). The receipt is mailed; the status link shows it after sign-out.
     */
    public Answer eraseFromAccount(DataSubject subject) {
        var received = receive(
                RequestType.ERASURE,
                Channel.ACCOUNT,
                subject,
                null,
                HistoryEntry.code("verified.password"),
                null,
                REQUESTER);
        var request = erase(received.request(), REQUESTER, true);
        return new Answer(request, received.joined(), statusToken(request), null);
    }

    // --- guests (identity: a link mailed to the address) -----------------------------------------

    /**
     * A request from the public form. The answer on the page is the same whether the shop knows the
     * address or not: the address receives a verification link (or, for a request already open, a
     * note that it joined it).
     */
    public void requestAsGuest(RequestType type, String email, @Nullable String details) {
        var received = receive(type, Channel.GUEST_FORM, DataSubject.guest(email), details, null, null, REQUESTER);
        var request = received.request();
        if (!request.identityVerified()) {
            sendVerification(request, received.joined());
        } else if (received.joined()) {
            mail(request, MAIL_JOINED, "rights.mail.joined.subject", Map.of());
        }
    }

    /** The request a verification link would verify, if it still works (the link is not used up). */
    @Transactional(readOnly = true)
    public Optional<RightsRequest> verificationTarget(String token) {
        return links.peek(token, Purpose.VERIFY, now())
                .flatMap(requests::findById)
                .filter(r -> r.state().open());
    }

    /**
     * Uses the verification link: the identity is verified and the request is answered at once
     * (access: the archive is ready; erasure: done or refused; correction: staff take over).
     *
     * @return empty when the link is unknown, expired or used
     */
    public Optional<Answer> verifyByLink(String token) {
        var id = links.use(token, Purpose.VERIFY, now());
        if (id.isEmpty()) {
            return Optional.empty();
        }
        var request = requests.lock(id.get()).orElseThrow();
        if (!request.state().open()) {
            return Optional.empty();
        }
        request.verifyIdentity(HistoryEntry.code("verified.link"), REQUESTER, now());
        links.expireAll(request.id(), Purpose.VERIFY, now());
        return Optional.of(answerVerified(request, REQUESTER));
    }

    private Answer answerVerified(RightsRequest request, String actor) {
        return switch (request.type()) {
            case ACCESS -> {
                request.completeAccess(actor, now(), properties.archiveAvailability());
                var saved = requests.save(request);
                var archive = archiveToken(saved);
                var status = statusToken(saved);
                mailArchive(saved, archive, status);
                yield new Answer(saved, false, status, archive);
            }
            case ERASURE -> {
                var erased = erase(request, actor, true);
                yield new Answer(erased, false, statusToken(erased), null);
            }
            case CORRECTION -> {
                var saved = requests.save(request);
                yield new Answer(saved, false, statusToken(saved), null);
            }
        };
    }

    /** The request a status link shows. */
    @Transactional(readOnly = true)
    public Optional<RightsRequest> byStatusLink(String token) {
        return links.peek(token, Purpose.STATUS, now()).flatMap(requests::findById);
    }

    /** The request whose archive an archive link downloads, while it is available. */
    @Transactional(readOnly = true)
    public Optional<RightsRequest> byArchiveLink(String token) {
        var now = now();
        return links.peek(token, Purpose.ARCHIVE, now)
                .flatMap(requests::findById)
                .filter(r -> r.archiveAvailable(now));
    }

    // --- the archive -------------------------------------------------------------------------------

    /**
     * Records the download, then streams the archive, built from what every module holds now; it
     * is never stored.
     *
     * @throws NotFoundException when the archive is no longer available
     */
    public void writeArchive(UUID requestId, String via, OutputStream out) throws IOException {
        var request = requests.findById(requestId)
                .filter(r -> r.archiveAvailable(now()))
                .orElseThrow(() -> new NotFoundException("No archive available"));
        requests.recordDownload(request.id(), via, now());
        rights.writeArchive(request.subject(), out);
    }

    @Transactional(readOnly = true)
    public long downloads(UUID requestId) {
        return requests.downloads(requestId);
    }

    // --- what the requester and staff see ------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<RightsRequest> ofPerson(String email) {
        return requests.ofPerson(EmailHash.of(email));
    }

    @Transactional(readOnly = true)
    public Optional<RightsRequest> find(UUID id) {
        return requests.findById(id);
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(UUID id) {
        return requests.history(id);
    }

    @Transactional(readOnly = true)
    public List<RightsRequest> all() {
        return requests.all(500);
    }

    /** The receipt of an erasure request, read back. */
    public Optional<ErasureReceipt> receipt(RightsRequest request) {
        return Optional.ofNullable(request.receipt()).map(text -> json.readValue(text, ErasureReceipt.class));
    }

    public Instant now() {
        return clock.instant();
    }

    // --- staff ---------------------------------------------------------------------------------------

    /** A request that reached the privacy contact by email: it waits until the identity is verified. */
    public Answer logFromEmail(RequestType type, String email, @Nullable String details, String staff) {
        var received = receive(type, Channel.STAFF, DataSubject.guest(email), details, null, null, staff);
        return new Answer(received.request(), received.joined(), null, null);
    }

    /** Mails the requester a verification link. */
    public void sendVerificationMail(UUID id, String staff) {
        var request = open(id);
        if (request.identityVerified()) {
            throw new RequestStateRefused("The requester's identity is already verified.");
        }
        if (!sendVerification(request, false)) {
            throw new RequestStateRefused("Enough verification mails were sent for this request in the last hour.");
        }
    }

    /** Staff verified the identity another way, and say how. */
    public void recordVerification(UUID id, String how, String staff) {
        var request = open(id);
        request.verifyIdentity(how, staff, now());
        requests.save(request);
    }

    /** Answers a verified access request: the requester is mailed the archive link. */
    public void runAccess(UUID id, String staff) {
        var request = open(id);
        request.completeAccess(staff, now(), properties.archiveAvailability());
        var saved = requests.save(request);
        mailArchive(saved, archiveToken(saved), statusToken(saved));
    }

    /** Runs a verified erasure request; the requester is mailed the receipt. */
    public RightsRequest runErasure(UUID id, String staff) {
        return erase(open(id), staff, true);
    }

    /** Records what was corrected and completes the request. */
    public void recordCorrection(UUID id, String what, String staff) {
        closeAndTell(id, request -> request.recordCorrection(what, staff, now()));
    }

    public void refuse(UUID id, String reason, String staff) {
        closeAndTell(id, request -> request.refuse(reason, staff, now()));
    }

    /** Closes the open request as {@code close} says and mails the requester its new state. */
    private void closeAndTell(UUID id, Consumer<RightsRequest> close) {
        var request = open(id);
        var to = request.email();
        close.accept(request);
        mailState(requests.save(request), to);
    }

    /** Closes {@code id} as a duplicate of {@code into}; the requester is told. */
    public void merge(UUID id, UUID into, String staff) {
        if (id.equals(into)) {
            throw new RequestStateRefused("A request cannot be merged into itself.");
        }
        var request = open(id);
        var target = open(into);
        var to = request.email();
        request.mergeInto(target, staff, now());
        var merged = requests.save(request);
        requests.save(target);
        if (to != null) {
            mail(merged, to, MAIL_JOINED, "rights.mail.joined.subject", Map.of());
        }
    }

    // --- Shopify -------------------------------------------------------------------------------------

    /** customers/data_request: the signature vouches for the identity; the archive link is mailed. */
    public RightsRequest accessFromShopify(DataSubject subject, String reference) {
        var received = receive(
                RequestType.ACCESS,
                Channel.SHOPIFY,
                subject,
                null,
                HistoryEntry.code("verified.shopify"),
                reference,
                SHOPIFY);
        var request = received.request();
        request.completeAccess(SHOPIFY, now(), properties.archiveAvailability());
        var saved = requests.save(request);
        mailArchive(saved, archiveToken(saved), statusToken(saved));
        return saved;
    }

    /** customers/redact: erased at once, or refused when a legal hold stands. */
    public RightsRequest erasureFromShopify(DataSubject subject, String reference) {
        var received = receive(
                RequestType.ERASURE,
                Channel.SHOPIFY,
                subject,
                null,
                HistoryEntry.code("verified.shopify"),
                reference,
                SHOPIFY);
        return erase(received.request(), SHOPIFY, true);
    }

    // --- jobs ----------------------------------------------------------------------------------------

    /** Mails the privacy contact the open requests due within the reminder window or overdue. */
    public int remindStaff() {
        var now = now();
        var due = requests.openDueBefore(now.plus(properties.reminderWindow()));
        if (due.isEmpty()) {
            return 0;
        }
        var rows = due.stream()
                .map(r -> Map.<String, Object>of(
                        "id", r.id().toString(),
                        "type", r.type().name(),
                        "state", r.state().name(),
                        "due", day(r.dueAt()),
                        "overdue", r.overdue(now)))
                .toList();
        var overdue = due.stream().filter(r -> r.overdue(now)).count();
        notifications.enqueue(Email.transactional(
                shop.privacyContact(),
                "rights.mail.reminder.subject",
                MAIL_REMINDER,
                Map.of("requests", rows, "link", link("/staff/privacy/requests")),
                due.size(),
                overdue));
        return due.size();
    }

    /** Clears archives whose download period is over, and expired links. */
    public int clearExpired() {
        var now = now();
        var cleared = 0;
        for (var id : requests.archivesExpiredBefore(now)) {
            var request = requests.lock(id).orElseThrow();
            request.archiveExpired(now);
            requests.save(request);
            links.expireAll(id, Purpose.ARCHIVE, now);
            cleared++;
        }
        links.deleteExpired(now);
        return cleared;
    }

    // --- internals -----------------------------------------------------------------------------------

    private record Received(RightsRequest request, boolean joined) {}

    /** A new request, or the open one of the same person and type it joins (whose requester is told). */
    private Received receive(
            RequestType type,
            Channel channel,
            DataSubject subject,
            @Nullable String details,
            @Nullable String verifiedBy,
            @Nullable String externalReference,
            String actor) {
        var now = now();
        var open = requests.openOf(type, EmailHash.of(subject.email()));
        if (open.isPresent()) {
            var request = open.get();
            request.joined(channel, details, actor, now);
            if (verifiedBy != null) {
                request.verifyIdentity(verifiedBy, actor, now);
            }
            var saved = requests.save(request);
            log.info("Rights request {} joined open request {}", type, saved.id());
            if (channel != Channel.GUEST_FORM) {
                mail(saved, MAIL_JOINED, "rights.mail.joined.subject", Map.of());
            }
            return new Received(saved, true);
        }
        var request = RightsRequest.receive(
                type, channel, subject, details, verifiedBy, externalReference, actor, now, properties.duePeriod());
        return new Received(requests.save(request), false);
    }

    private RightsRequest open(UUID id) {
        var request = requests.lock(id).orElseThrow(() -> new NotFoundException("No such request"));
        if (!request.state().open()) {
            throw new RequestStateRefused("This request is closed.");
        }
        return request;
    }

    private RightsRequest erase(RightsRequest request, String actor, boolean mailReceipt) {
        var to = request.email();
        var subject = request.subject();
        if (!request.identityVerified()) {
            throw new RequestStateRefused("The requester's identity must be verified first.");
        }
        var receipt = rights.erase(subject);
        var receiptJson = json.writeValueAsString(receipt);
        if (receipt.blocked()) {
            request.erasureBlocked(receiptJson, "legal hold: " + String.join("; ", receipt.holds()), actor, now());
        } else {
            request.completeErasure(receiptJson, actor, now());
        }
        var saved = requests.save(request);
        if (mailReceipt && to != null) {
            mail(saved, to, MAIL_RECEIPT, "rights.mail.receipt.subject", Map.of("receipt", receipt));
        }
        return saved;
    }

    /** Sends a verification link, at most a few per hour per request. */
    private boolean sendVerification(RightsRequest request, boolean joined) {
        var now = now();
        if (links.issuedSince(request.id(), Purpose.VERIFY, now.minus(Duration.ofHours(1)))
                >= properties.verificationMailsPerHour()) {
            log.info("Verification mail for rights request {} not sent: hourly limit", request.id());
            return false;
        }
        var token = links.issue(request.id(), Purpose.VERIFY, now, now.plus(properties.verificationValidity()));
        mail(
                request,
                MAIL_VERIFY,
                "rights.mail.verify.subject",
                Map.of(
                        "link",
                        link("/privacy/requests/verify/" + token),
                        "validHours",
                        properties.verificationValidity().toHours(),
                        "joined",
                        joined));
        return true;
    }

    private void mailArchive(RightsRequest request, String archiveToken, String statusToken) {
        mail(
                request,
                Objects.requireNonNull(request.email()),
                MAIL_ARCHIVE,
                "rights.mail.archive.subject",
                Map.of(
                        "archiveLink",
                        link("/privacy/requests/archive/" + archiveToken),
                        "availableDays",
                        properties.archiveAvailability().toDays()),
                statusToken);
    }

    private void mailState(RightsRequest request, @Nullable String to) {
        if (to != null) {
            mail(request, to, MAIL_STATE, "rights.mail.state.subject", Map.of());
        }
    }

    private void mail(RightsRequest request, String template, String subjectKey, Map<String, Object> model) {
        if (request.email() != null) {
            mail(request, request.email(), template, subjectKey, model);
        }
    }

    private void mail(RightsRequest request, String to, String template, String subjectKey, Map<String, Object> model) {
        mail(request, to, template, subjectKey, model, statusToken(request));
    }

    private void mail(
            RightsRequest request,
            String to,
            String template,
            String subjectKey,
            Map<String, Object> model,
            String statusToken) {
        var variables = new HashMap<String, Object>(model);
        variables.put("statusLink", link("/privacy/requests/status/" + statusToken));
        variables.put("privacyContact", shop.privacyContact());
        variables.put("type", request.type().name());
        variables.put("state", request.state().name());
        variables.put("due", day(request.dueAt()));
        if (request.refusalReason() != null) {
            variables.put("refusalReason", request.refusalReason());
        }
        if (request.outcome() != null) {
            variables.put("outcome", request.outcome());
        }
        notifications.enqueue(Email.transactional(
                to, subjectKey, template, variables, request.type().name().toLowerCase(Locale.ROOT)));
    }

    private static String day(Instant instant) {
        return java.time.LocalDate.ofInstant(instant, java.time.ZoneOffset.UTC).toString();
    }

    private String statusToken(RightsRequest request) {
        var now = now();
        return links.issue(request.id(), Purpose.STATUS, now, now.plus(properties.statusLinkValidity()));
    }

    private String archiveToken(RightsRequest request) {
        var until = request.archiveUntil();
        if (until == null) {
            throw new IllegalStateException("No archive for request " + request.id());
        }
        return links.issue(request.id(), Purpose.ARCHIVE, now(), until);
    }

    private String link(String path) {
        var baseUrl = shop.baseUrl();
        if (baseUrl == null) {
            throw new IllegalStateException("atelier.shop.base-url must be set for links in emails");
        }
        return UriComponentsBuilder.fromUri(baseUrl).path(path).build().toUriString();
    }
}

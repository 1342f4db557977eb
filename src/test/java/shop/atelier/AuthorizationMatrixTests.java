package shop.atelier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import shop.atelier.authz.Declaration;
import shop.atelier.authz.Endpoint;
import shop.atelier.authz.Expectation;
import shop.atelier.authz.Persona;
import shop.atelier.catalog.VariantId;
import shop.atelier.catalog.internal.CatalogManagement;
import shop.atelier.catalog.internal.CatalogTestData;
import shop.atelier.catalog.internal.ProductDraft;
import shop.atelier.catalog.internal.VariantDraft;
import shop.atelier.customers.CustomerProfile;
import shop.atelier.customers.PostalAddress;
import shop.atelier.customers.TestPeople;
import shop.atelier.customers.internal.AccountManagement;
import shop.atelier.orders.OrderStatus;
import shop.atelier.orders.Orders;
import shop.atelier.orders.internal.Address;
import shop.atelier.orders.internal.CartService;
import shop.atelier.orders.internal.CheckoutDetails;
import shop.atelier.orders.internal.CheckoutService;
import shop.atelier.orders.internal.Contact;
import shop.atelier.orders.internal.PlacedOrder;
import shop.atelier.payments.PaymentConfirmed;
import shop.atelier.platform.Money;
import shop.atelier.production.JobId;
import shop.atelier.production.internal.ProductionService;
import shop.atelier.production.internal.WorkshopPortal;
import shop.atelier.proofs.Proofs;
import shop.atelier.proofs.internal.ProofService;
import shop.atelier.uploads.MaterialKind;
import shop.atelier.uploads.Rendition;
import shop.atelier.uploads.UploadScope;
import shop.atelier.uploads.Uploads;
import shop.atelier.uploads.Viewer;

/**
 * Who may call what (promise D1, issue 4): every endpoint the running application maps, called by
 * every persona, meets what {@code src/test/resources/authorization-matrix.tsv} declares. The list
 * of endpoints comes from the application, so an endpoint without a declaration fails this test,
 * and so does a declaration of an endpoint that no longer exists.
 *
 * <p>Requests go through the real security filter chains (MockMvc), signed in as real customer
 * accounts (A owns the fixtures, B is another customer) or as principals with the other roles.
 * Path variables are filled with fixtures owned by customer A, so owner checks are really
 * exercised. Safe requests run first; for each row the owner runs last. Besides the verdict, the
 * test writes every observed status to {@code target/authorization-matrix-observed.tsv}, in the
 * declaration format, with a draft row for each undeclared endpoint.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuthorizationMatrixTests {

    static final String DECLARATIONS = "authorization-matrix.tsv";

    static final Path OBSERVED = Path.of("target", "authorization-matrix-observed.tsv");

    private static final String LEGEND = """
              allow = anything but 401, 403 or a redirect to /login; deny = 401, 403 or a redirect to /login;
              own = neither refused nor 404; hidden = refused or 404; signed = 400 or 401 from the endpoint itself
            """;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    CatalogManagement catalog;

    @Autowired
    AccountManagement accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    CartService carts;

    @Autowired
    CheckoutService checkout;

    @Autowired
    Uploads uploads;

    @Autowired
    ProofService proofService;

    @Autowired
    Proofs proofs;

    @Test
    void everyEndpointAnswersEveryPersonaAsDeclared() throws Exception {
        var declarations = Declaration.read(DECLARATIONS);
        var mapped = Endpoint.mappedIn(context);
        var declared = declarations.stream().map(Declaration::endpoint).collect(Collectors.toCollection(TreeSet::new));

        var undeclared = new TreeSet<>(mapped);
        undeclared.removeAll(declared);
        var vanished = new TreeSet<>(declared);
        vanished.removeAll(mapped);

        var fixtures = fixtures();
        var personas = personas(fixtures);
        var observations = new ArrayList<Observation>();
        var ordered = declarations.stream()
                .sorted(Comparator.comparing((Declaration d) -> !d.endpoint().isSafe()))
                .toList();
        for (var declaration : ordered) {
            if (mapped.contains(declaration.endpoint())) {
                observations.add(observe(declaration, fixtures, personas));
            }
        }
        var drafts = new ArrayList<Observation>();
        for (var endpoint : undeclared) {
            drafts.add(observe(draft(endpoint), fixtures, personas));
        }
        writeObserved(observations, drafts);

        var report = new StringBuilder();
        if (!undeclared.isEmpty()) {
            report.append("\nEndpoints mapped but not declared in ")
                    .append(DECLARATIONS)
                    .append(" (draft rows with what each persona got are in ")
                    .append(OBSERVED)
                    .append("):\n");
            undeclared.forEach(endpoint -> report.append("  ").append(endpoint).append('\n'));
        }
        if (!vanished.isEmpty()) {
            report.append("\nDeclared endpoints the application no longer maps:\n");
            vanished.forEach(endpoint -> report.append("  ").append(endpoint).append('\n'));
        }
        var mismatches = observations.stream().flatMap(Observation::mismatches).toList();
        if (!mismatches.isEmpty()) {
            report.append("\n")
                    .append(mismatches.size())
                    .append(" mismatches (line = line in ")
                    .append(DECLARATIONS)
                    .append("):\n")
                    .append(table(mismatches))
                    .append(LEGEND);
        }
        assertThat(report.toString())
                .as("authorization matrix (%d endpoints × %d personas)", mapped.size(), Persona.values().length)
                .isEmpty();
    }

    // --- fixtures ---------------------------------------------------------------------------

    /** Real data the requests point at; every value unique to this run. */
    private Map<String, String> fixtures() {
        var fixtures = new HashMap<String, String>();
        var frame = new CatalogTestData(catalog).listedFrame();
        fixtures.put("product.slug", frame.slug());
        fixtures.put("product.id", frame.id().value().toString());
        fixtures.put("variant.id", frame.small().value().toString());
        fixtures.put("slot.key", "engraving");

        var customerA =
                accounts.register("Ann Matrix", TestPeople.email("authz-a"), "+49 30 1234567", TestPeople.PASSWORD);
        var customerB = accounts.register("Bob Matrix", TestPeople.email("authz-b"), null, TestPeople.PASSWORD);
        fixtures.put("customer.a.email", customerA.email());
        fixtures.put("customer.b.email", customerB.email());
        fixtures.put("address.a", addressOf(customerA));
        fixtures.put("address.a.spare", addressOf(customerA));

        var orderA = signedInAs(customerA, () -> place(frame.small(), customerA.email()));
        fixtures.put("order.a", orderA.id().value().toString());
        var guest = place(frame.small(), TestPeople.email("authz-guest"));
        fixtures.put("tracking", guest.trackingToken().value());
        fixtures.put("order.guest", guest.id().value().toString());
        fixtures.put("sandbox", reference(guest));
        fixtures.put("proof.a", proofOf(orderA));
        fixtures.put("proof.guest", proofOf(guest));
        var spare = place(frame.small(), TestPeople.email("authz-spare"));
        fixtures.put("order.spare", spare.id().value().toString());
        fixtures.put("sandbox.spare", reference(spare));

        var material = uploads.store(
                UploadScope.order(UUID.randomUUID()),
                MaterialKind.TEXT,
                "note.txt",
                new ByteArrayInputStream("A note for the matrix".getBytes(StandardCharsets.UTF_8)));
        fixtures.put(
                "link",
                token(uploads.link(
                        material.id(), Rendition.DOWNLOAD, new Viewer("GUEST", "matrix", null, "order-page"))));
        fixtures.put(
                "link.a",
                token(uploads.link(
                        material.id(),
                        Rendition.DOWNLOAD,
                        new Viewer("CUSTOMER", customerA.id().toString(), customerA.email(), "order-page"))));
        fixtures.put("craftsman.x.email", TestPeople.email("craftsman-x"));
        fixtures.put("craftsman.y.email", TestPeople.email("craftsman-y"));
        workshops(fixtures, customerA);
        fixtures.put("random", UUID.randomUUID().toString());
        fixtures.put("unknown", "unknown");
        return fixtures;
    }

    private String addressOf(CustomerProfile customer) {
        return accounts.addAddress(
                        customer.email(),
                        new PostalAddress("Ann Matrix", "Lindenstraße 1", null, "10969", "Berlin", "DE", null))
                .id()
                .toString();
    }

    private PlacedOrder place(VariantId variant, String email) {
        var cart = carts.createApiCart();
        carts.addLine(cart.id(), variant, 1, Map.of("engraving", "Matrix"));
        var address = new Address("Ann Matrix", "Lindenstraße 1", null, "10969", "Berlin", "DE");
        return checkout.checkout(
                cart.id(), new CheckoutDetails(new Contact("Ann Matrix", email, null), address, address));
    }

    /** Runs the action as the signed-in customer, the way {@code Customers.signedIn()} sees one. */
    private <T> T signedInAs(CustomerProfile customer, java.util.function.Supplier<T> action) {
        var details = userDetails.loadUserByUsername(customer.email());
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Opens the design proof of the order's line (the product of the fixtures requires one). */
    private String proofOf(PlacedOrder order) {
        proofService.startProofing(order.id());
        var requests = proofs.ofOrder(order.id());
        assertThat(requests).as("proof requests of %s", order.number()).hasSize(1);
        return requests.getFirst().id().value().toString();
    }

    private static String reference(PlacedOrder order) {
        assertThat(order.paymentUrl())
                .as("sandbox payment page of %s", order.number())
                .isNotNull();
        var path = order.paymentUrl().getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String token(String link) {
        var path = URI.create(link).getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    // --- personas ---------------------------------------------------------------------------

    /** How each persona signs a request, for the browser chain and for the stateless API chain. */
    private record SignIn(RequestPostProcessor web, RequestPostProcessor api) {}

    private Map<Persona, @Nullable SignIn> personas(Map<String, String> fixtures) {
        var personas = new EnumMap<Persona, @Nullable SignIn>(Persona.class);
        personas.put(Persona.ANONYMOUS, null);
        personas.put(Persona.CUSTOMER_A, customer(fixtures.get("customer.a.email")));
        personas.put(Persona.CUSTOMER_B, customer(fixtures.get("customer.b.email")));
        personas.put(Persona.WORKSHOP_X, role(fixtures.get("craftsman.x.email"), "WORKSHOP"));
        personas.put(Persona.WORKSHOP_Y, role(fixtures.get("craftsman.y.email"), "WORKSHOP"));
        personas.put(Persona.STAFF, role(TestPeople.email("staff"), "STAFF"));
        personas.put(Persona.PRIVACY_OFFICER, role(TestPeople.email("privacy-officer"), "PRIVACY_OFFICER"));
        personas.put(Persona.ADMIN, role(TestPeople.email("admin"), "ADMIN"));
        return personas;
    }

    /** A real account: its own authorities in the browser, its password over HTTP Basic on the API. */
    private SignIn customer(String email) {
        UserDetails details = userDetails.loadUserByUsername(email);
        return new SignIn(user(details), httpBasic(email, TestPeople.PASSWORD));
    }

    /**
     * A principal with one role. Craftsmen are found by their sign-in name: once the production
     * module knows {@code craftsman.x.email} as a member of a workshop, this principal is one of its
     * craftsmen.
     */
    private static SignIn role(String email, String role) {
        var principal = user(email).roles(role);
        return new SignIn(principal, principal);
    }

    // --- requests ---------------------------------------------------------------------------

    private record Observation(Declaration declaration, Map<Persona, Result> results) {

        Stream<Mismatch> mismatches() {
            return Persona.runOrder().stream()
                    .filter(persona -> !declaration
                            .expected()
                            .get(persona)
                            .isMetBy(
                                    results.get(persona).status(),
                                    results.get(persona).location()))
                    .map(persona -> new Mismatch(declaration, persona, results.get(persona)));
        }
    }

    private record Result(
            int status, @Nullable String location, @Nullable String failure) {

        String describe() {
            var text = String.valueOf(status);
            if (location != null) {
                text += " → " + location.replaceFirst("^https?://[^/]+", "");
            }
            if (failure != null) {
                text += " (" + failure + ")";
            }
            return text;
        }
    }

    private record Mismatch(Declaration declaration, Persona persona, Result result) {}

    private Observation observe(Declaration declaration, Map<String, String> fixtures, Map<Persona, SignIn> personas) {
        var path = resolve(declaration, fixtures);
        var results = new EnumMap<Persona, Result>(Persona.class);
        for (var persona : Persona.runOrder()) {
            results.put(persona, call(declaration.endpoint().methodToSend(), path, personas.get(persona)));
        }
        return new Observation(declaration, results);
    }

    private static String resolve(Declaration declaration, Map<String, String> fixtures) {
        var matcher = PLACEHOLDER.matcher(declaration.request());
        var path = new StringBuilder();
        while (matcher.find()) {
            var value = fixtures.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException(DECLARATIONS + ":" + declaration.line() + ": no fixture named {"
                        + matcher.group(1) + "}; known: " + new TreeSet<>(fixtures.keySet()));
            }
            matcher.appendReplacement(path, value);
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private Result call(String method, String path, @Nullable SignIn signIn) {
        var api = path.startsWith("/api/");
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path);
        if (api) {
            request.accept(MediaType.APPLICATION_JSON);
        } else {
            request.accept(MediaType.TEXT_HTML, MediaType.ALL);
        }
        if (!method.equals("GET") && !method.equals("HEAD")) {
            if (api) {
                request.contentType(MediaType.APPLICATION_JSON).content("{}");
            } else {
                // A token the chain accepts: without one every persona would get 403 and hide the truth.
                request.contentType(MediaType.APPLICATION_FORM_URLENCODED).with(csrf());
            }
        }
        if (signIn != null) {
            request.with(api ? signIn.api() : signIn.web());
        }
        try {
            var response = mvc.perform(request).andReturn().getResponse();
            return new Result(response.getStatus(), response.getHeader(HttpHeaders.LOCATION), null);
        } catch (Exception e) {
            // An exception no handler resolved: the container would answer 500.
            var cause = e.getCause() != null ? e.getCause() : e;
            return new Result(500, null, cause.getClass().getSimpleName());
        }
    }

    /** A row for an undeclared endpoint: each path variable gets a random UUID. */
    private static Declaration draft(Endpoint endpoint) {
        var request = PLACEHOLDER.matcher(endpoint.pattern()).replaceAll("{random}");
        var expected = new EnumMap<Persona, Expectation>(Persona.class);
        for (var persona : Persona.values()) {
            expected.put(persona, Expectation.ALLOW);
        }
        return new Declaration(endpoint, request, expected, 0);
    }

    // --- reports ----------------------------------------------------------------------------

    private static String table(List<Mismatch> mismatches) {
        var rows = new ArrayList<List<String>>();
        rows.add(List.of("line", "endpoint", "request", "persona", "declared", "observed"));
        for (var mismatch : mismatches) {
            rows.add(List.of(
                    String.valueOf(mismatch.declaration().line()),
                    mismatch.declaration().endpoint().toString(),
                    mismatch.declaration().request(),
                    mismatch.persona().column(),
                    mismatch.declaration().expected().get(mismatch.persona()).cell(),
                    mismatch.result().describe()));
        }
        return aligned(rows);
    }

    private static String aligned(List<List<String>> rows) {
        var widths = new int[rows.getFirst().size()];
        rows.forEach(row -> {
            for (var i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        });
        var text = new StringBuilder();
        for (var row : rows) {
            text.append("  ");
            for (var i = 0; i < row.size(); i++) {
                text.append(String.format("%-" + widths[i] + "s", row.get(i)));
                text.append(i < row.size() - 1 ? "  " : "\n");
            }
        }
        return text.toString();
    }

    /**
     * The observed matrix in the declaration format: each cell is the observed status, so a reviewer
     * sees at a glance what happened; draft rows for undeclared endpoints carry {@code allow}/{@code
     * deny} as observed, to be checked and copied into the declaration file.
     */
    private static void writeObserved(List<Observation> observations, List<Observation> drafts) throws IOException {
        var header = new ArrayList<String>(List.of("method", "pattern", "request"));
        Persona.runOrder().stream().sorted().map(Persona::column).forEach(header::add);
        var lines = new ArrayList<String>();
        lines.add("# Observed statuses (declared rows), then draft rows for undeclared endpoints.");
        lines.add(String.join("\t", header));
        Function<Result, String> status = Result::describe;
        for (var observation : observations) {
            lines.add(row(observation, status));
        }
        if (!drafts.isEmpty()) {
            lines.add("");
            lines.add("# Drafts: path variables were random UUIDs; check each cell, then move the row into "
                    + DECLARATIONS);
            for (var draft : drafts) {
                lines.add(row(
                        draft,
                        result -> Expectation.describing(result.status(), result.location())
                                .cell()));
                lines.add("#   observed: " + row(draft, status));
            }
        }
        Files.createDirectories(OBSERVED.getParent());
        Files.write(OBSERVED, lines, StandardCharsets.UTF_8);
    }

    private static String row(Observation observation, Function<Result, String> cell) {
        var cells = new ArrayList<String>();
        cells.add(observation.declaration().endpoint().method());
        cells.add(observation.declaration().endpoint().pattern());
        cells.add(observation.declaration().request());
        for (var persona : Persona.values()) {
            cells.add(cell.apply(observation.results().get(persona)));
        }
        return String.join("\t", cells);
    }

    // --- workshop fixtures (production module) ----------------------------------------------

    @Autowired
    ProductionService production;

    @Autowired
    WorkshopPortal portal;

    @Autowired
    Orders orders;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Clock clock;

    /**
     * Workshops X and Y, with {@code craftsman.x.email} / {@code craftsman.y.email} as their
     * craftsmen, and jobs of workshop X on a paid order of customer A: {@code job.x} (open),
     * {@code job.x.done} and {@code job.x.reject} (open, for the rows that close them) and {@code
     * job.x.closed} (already DONE).
     */
    private void workshops(Map<String, String> fixtures, CustomerProfile customerA) {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var product =
                catalog.create(new ProductDraft("matrix-made-" + suffix, "Matrix Made " + suffix, "", false, null));
        var variants = new ArrayList<VariantId>();
        for (var i = 0; i < 4; i++) {
            variants.add(catalog.addVariant(
                    product,
                    new VariantDraft("V" + i, "MM-" + suffix.toUpperCase() + "-" + i, Money.of(1000, "EUR"), true)));
        }
        catalog.list(product);
        var order = signedInAs(customerA, () -> {
            var cart = carts.createApiCart();
            variants.forEach(variant -> carts.addLine(cart.id(), variant, 1, Map.of()));
            var address = new Address("Ann Matrix", "Lindenstraße 1", null, "10969", "Berlin", "DE");
            return checkout.checkout(
                    cart.id(),
                    new CheckoutDetails(new Contact("Ann Matrix", customerA.email(), null), address, address));
        });
        transactions.executeWithoutResult(status -> events.publishEvent(new PaymentConfirmed(
                order.id().value(), "sandbox", "matrix-" + suffix, order.total(), clock.instant())));
        Awaitility.await("order " + order.number() + " in production")
                .atMost(Duration.ofSeconds(20))
                .until(() -> orders.summary(order.id()).orElseThrow().status() == OrderStatus.IN_PRODUCTION);

        var x = production.createWorkshop("Workshop X " + suffix, null, true);
        var y = production.createWorkshop("Workshop Y " + suffix, null, true);
        production.invite(x.id(), "Craftsman X", fixtures.get("craftsman.x.email"), "matrix");
        production.invite(y.id(), "Craftsman Y", fixtures.get("craftsman.y.email"), "matrix");
        fixtures.put("workshop.x", x.id().value().toString());

        var due = LocalDate.now(clock).plusDays(7);
        var names = List.of("job.x", "job.x.done", "job.x.reject", "job.x.closed");
        var lines = orders.lines(order.id());
        for (var i = 0; i < names.size(); i++) {
            var job = production.assign(order.id(), lines.get(i).lineId(), x.id(), due, "matrix");
            fixtures.put(names.get(i), job.id().value().toString());
        }
        var craftsmanX = portal.membership(fixtures.get("craftsman.x.email"));
        var closed = new JobId(UUID.fromString(fixtures.get("job.x.closed")));
        portal.start(craftsmanX, closed);
        portal.finish(craftsmanX, closed);
    }
}

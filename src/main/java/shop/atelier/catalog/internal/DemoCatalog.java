package shop.atelier.catalog.internal;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import shop.atelier.catalog.ProductId;
import shop.atelier.catalog.SlotType;
import shop.atelier.platform.Money;
import shop.atelier.platform.ShopProperties;

/**
 * A small demo catalog, so a fresh shop has something to sell: seeded at start-up only when the
 * catalog is empty ({@code atelier.catalog.demo-data}, default on). Nodes starting together take a
 * transaction-scoped advisory lock first, so exactly one of them seeds.
 */
@Component
class DemoCatalog implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);

    private final CatalogProperties properties;
    private final Products products;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final StorefrontCatalog storefront;
    private final ShopProperties shop;
    private final Clock clock;

    DemoCatalog(
            CatalogProperties properties,
            Products products,
            JdbcClient jdbc,
            TransactionTemplate transaction,
            StorefrontCatalog storefront,
            ShopProperties shop,
            Clock clock) {
        this.properties = properties;
        this.products = products;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.storefront = storefront;
        this.shop = shop;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.demoData() && seedIfEmpty()) {
            log.info("Seeded the demo catalog");
        }
    }

    /** Seeds the demo products if the catalog has none; {@code true} if it did. */
    boolean seedIfEmpty() {
        Boolean seeded = transaction.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(hashtext('atelier.catalog.demo-data'))")
                    .query()
                    .listOfRows();
            if (!products.isEmpty()) {
                return false;
            }
            var now = clock.instant();
            demoProducts().forEach(product -> products.save(product, now));
            return true;
        });
        storefront.invalidate();
        return Boolean.TRUE.equals(seeded);
    }

    private List<Product> demoProducts() {
        var frame = Product.create(
                ProductId.random(),
                new ProductDraft(
                        "engraved-wooden-photo-frame",
                        "Engraved Wooden Photo Frame",
                        """
                        A solid oak frame for your favourite photo, with a short message engraved \
                        along the bottom edge by our workshop.

                        We print your photo on matte paper and send you a preview of the engraving \
                        before anything is cut.""",
                        true,
                        new PrintSize(130, 180),
                        120));
        frame.addVariant(variant("Small, 13 × 18 cm", "FRAME-OAK-S", "24.90"));
        frame.addVariant(variant("Large, 20 × 30 cm", "FRAME-OAK-L", "34.90"));
        frame.addSlot(PersonalizationSlot.text("engraving", "Engraving", true, 30)
                .withHint("Up to 30 characters: letters, digits and basic punctuation."));
        frame.addSlot(PersonalizationSlot.photo("photo", "Your photo", false));
        frame.addImage(ProductImage.bundled(
                "/images/catalog/photo-frame.svg",
                "A light oak photo frame with a landscape picture and an engraved line below it"));
        frame.list();

        var mug = Product.create(
                ProductId.random(),
                new ProductDraft("personalized-mug", "Personalized Mug", """
                        A sturdy ceramic mug with a name printed in a calm serif type. \
                        Dishwasher safe.""", true, new PrintSize(200, 80), 150));
        mug.addVariant(variant("White, 330 ml", "MUG-WHITE-330", "14.90"));
        mug.addVariant(variant("Midnight blue, 330 ml", "MUG-BLUE-330", "16.90"));
        mug.addSlot(
                PersonalizationSlot.text("name", "Name on the mug", true, 20).withHint("Up to 20 characters."));
        mug.addImage(
                ProductImage.bundled("/images/catalog/mug.svg", "A white ceramic mug with a name printed on its side"));
        mug.list();

        var canvas = Product.create(
                ProductId.random(),
                new ProductDraft(
                        "custom-portrait-canvas", "Custom Portrait Canvas", """
                        Your portrait or family photo printed on cotton canvas and stretched over a \
                        wooden frame, ready to hang.

                        Add a dedication and we print it small in the lower corner.""", true, new PrintSize(300, 400), 100));
        canvas.addVariant(variant("30 × 40 cm", "CANVAS-3040", "49.00"));
        canvas.addVariant(variant("50 × 70 cm", "CANVAS-5070", "79.00"));
        canvas.addSlot(PersonalizationSlot.photo("portrait", "Your portrait photo", false));
        canvas.addSlot(new PersonalizationSlot(
                "dedication",
                "Dedication",
                "Optional, up to 80 characters.",
                SlotType.TEXT,
                false,
                80,
                CharacterRule.BASIC));
        canvas.addImage(ProductImage.bundled(
                "/images/catalog/portrait-canvas.svg",
                "A stretched canvas on an easel showing a simple portrait of a smiling person"));
        canvas.list();

        var notebook = Product.create(
                ProductId.random(), new ProductDraft("monogrammed-notebook", "Monogrammed Notebook", """
                        An A5 notebook bound in linen, with your initials debossed on the cover. \
                        160 pages of 100 g/m² paper.""", false, null));
        notebook.addVariant(variant("A5, dotted pages", "NOTEBOOK-A5-DOT", "19.50"));
        notebook.addVariant(variant("A5, lined pages", "NOTEBOOK-A5-LINE", "19.50"));
        notebook.addSlot(new PersonalizationSlot(
                "initials",
                "Initials",
                "Up to 3 letters or digits.",
                SlotType.TEXT,
                true,
                3,
                CharacterRule.LETTERS_AND_DIGITS));
        notebook.addImage(ProductImage.bundled(
                "/images/catalog/notebook.svg",
                "A sage green linen notebook with the initials A B C debossed on its cover"));
        notebook.list();

        var videoFrame = Product.create(
                ProductId.random(), new ProductDraft("video-message-frame", "Video Message Frame", """
                        A walnut frame with a 7-inch screen that plays your video message when it is \
                        picked up. We load your video before the frame leaves the workshop.

                        Videos up to 500 MB in MP4 or MOV.""", false, null));
        videoFrame.addVariant(variant("Walnut, 7-inch screen", "VIDEO-FRAME-7", "89.00"));
        videoFrame.addSlot(new PersonalizationSlot(
                "video", "Your video message", "MP4 or MOV, up to 500 MB.", SlotType.VIDEO, true, null, null));
        videoFrame.addImage(ProductImage.bundled(
                "/images/catalog/video-frame.svg",
                "A dark frame with a small screen showing a play button, on a light wooden stand"));
        videoFrame.list();

        var letter = Product.create(
                ProductId.random(), new ProductDraft("framed-letter-print", "Framed Letter Print", """
                        Your letter, poem or vows typeset by hand and printed on cotton paper, framed in \
                        black ash. Upload your text as a plain-text file; we send you a preview of the \
                        layout to approve.""", true, null));
        letter.addVariant(variant("A4, black ash frame", "LETTER-A4", "39.00"));
        letter.addSlot(new PersonalizationSlot(
                "letter",
                "Your text file",
                "A plain-text file (.txt), up to 1 MB.",
                SlotType.TEXT_FILE,
                true,
                null,
                null));
        letter.addImage(ProductImage.bundled(
                "/images/catalog/letter-print.svg", "A black frame holding a cream page of typeset lines of text"));
        letter.list();

        return List.of(frame, mug, canvas, notebook, videoFrame, letter);
    }

    private VariantDraft variant(String name, String sku, String price) {
        return new VariantDraft(name, sku, Money.parse(price, shop.currency()), true);
    }
}

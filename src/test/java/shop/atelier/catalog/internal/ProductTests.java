package shop.atelier.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import shop.atelier.catalog.ProductId;
import shop.atelier.platform.Money;
import shop.atelier.platform.NotFoundException;

class ProductTests {

    final Product mug =
            Product.create(ProductId.random(), new ProductDraft("mug", "Mug", "A mug.", true, new PrintSize(200, 80)));

    VariantDraft white(boolean available) {
        return new VariantDraft("White", "MUG-W", Money.of(1490, "EUR"), available);
    }

    @Test
    void startsUnlistedAndCannotBeListedWithoutAnAvailableVariant() {
        assertThat(mug.details().listed()).isFalse();
        assertThatThrownBy(mug::list).isInstanceOf(ProductNotListableException.class);

        mug.addVariant(white(false));
        assertThatThrownBy(mug::list).isInstanceOf(ProductNotListableException.class);

        mug.addVariant(new VariantDraft("Blue", "MUG-B", Money.of(1690, "EUR"), true));
        mug.list();
        assertThat(mug.details().listed()).isTrue();
        assertThat(mug.details().sellable()).isTrue();
        assertThat(mug.details().fromPrice()).contains(Money.of(1690, "EUR"));
    }

    @Test
    void fromPriceIsTheLowestAvailablePrice() {
        mug.addVariant(new VariantDraft("Big", "MUG-L", Money.of(2490, "EUR"), true));
        mug.addVariant(new VariantDraft("Small", "MUG-S", Money.of(1490, "EUR"), true));
        mug.addVariant(new VariantDraft("Sale", "MUG-X", Money.of(990, "EUR"), false));

        assertThat(mug.details().fromPrice()).contains(Money.of(1490, "EUR"));
        assertThat(mug.details().pricesVary()).isTrue();
    }

    @Test
    void slotKeysAreUnique() {
        mug.addSlot(PersonalizationSlot.text("name", "Name", true, 20));

        assertThatThrownBy(() -> mug.addSlot(PersonalizationSlot.text("name", "Other", false, 5)))
                .isInstanceOf(DuplicateSlotException.class);
        mug.addSlot(PersonalizationSlot.photo("photo", "Photo", false));
        assertThatThrownBy(() -> mug.changeSlot("photo", PersonalizationSlot.text("name", "Name", true, 5)))
                .isInstanceOf(DuplicateSlotException.class);
    }

    @Test
    void slotsKeepTheOrderStaffGiveThem() {
        mug.addSlot(PersonalizationSlot.text("a", "A", true, 5));
        mug.addSlot(PersonalizationSlot.text("b", "B", true, 5));
        mug.addSlot(PersonalizationSlot.text("c", "C", true, 5));

        mug.moveSlot("c", -1);
        mug.moveSlot("a", -1);

        assertThat(mug.slots()).extracting(PersonalizationSlot::key).containsExactly("a", "c", "b");
        mug.removeSlot("c");
        assertThat(mug.slots()).extracting(PersonalizationSlot::key).containsExactly("a", "b");
        assertThatThrownBy(() -> mug.removeSlot("zzz")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void textSlotsNeedALengthAndPhotoSlotsHaveNone() {
        assertThatThrownBy(() -> new PersonalizationSlot(
                        "t", "T", null, shop.atelier.catalog.SlotType.TEXT, true, null, CharacterRule.BASIC))
                .isInstanceOf(IllegalArgumentException.class);
        var photo = new PersonalizationSlot(
                "p", "P", null, shop.atelier.catalog.SlotType.PHOTO, false, 50, CharacterRule.BASIC);
        assertThat(photo.maxLength()).isNull();
    }

    @Test
    void textFileSlotsTakeAnUploadAndHaveNoLength() {
        var letter = new PersonalizationSlot(
                "letter", "Letter", null, shop.atelier.catalog.SlotType.TEXT_FILE, true, 50, CharacterRule.BASIC);

        assertThat(letter.maxLength()).isNull();
        assertThat(letter.isText()).isFalse();
    }

    @Test
    void theMinimumPrintResolutionIsBetween30And1200Dpi() {
        var product = Product.create(ProductId.random(), new ProductDraft("poster", "Poster", "", true, null));
        assertThat(product.details().minDpi()).isEqualTo(100);

        for (var dpi : new int[] {29, 1201, 0}) {
            assertThatThrownBy(() -> product.describe(
                            new ProductDraft("poster", "Poster", "", true, new PrintSize(420, 594), dpi)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(product.details().printSize()).isNull();

        product.describe(new ProductDraft("poster", "Poster", "", true, new PrintSize(420, 594), 30));
        assertThat(product.details().printSpec()).isEqualTo(new shop.atelier.catalog.PrintSpec(420, 594, 30));
        product.describe(new ProductDraft("poster", "Poster", "", true, new PrintSize(420, 594), 1200));
        assertThat(product.details().minDpi()).isEqualTo(1200);
    }

    @Test
    void refusesBadSlugsAndNames() {
        assertThatThrownBy(() -> Product.create(ProductId.random(), new ProductDraft("Bad Slug", "X", "", true, null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Product.create(ProductId.random(), new ProductDraft("ok", " ", "", true, null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void imagesAreBundledOrUploadedAndBounded() {
        var bundled = ProductImage.bundled("/images/catalog/mug.svg", "A mug");
        assertThat(bundled.path()).isEqualTo("/images/catalog/mug.svg");
        var uploaded = ProductImage.uploaded(UUID.randomUUID(), ImageType.PNG, "A mug");
        assertThat(uploaded.path()).isEqualTo("/products/images/" + uploaded.id());
        assertThatThrownBy(() -> ProductImage.bundled("javascript:alert(1)", "x"))
                .isInstanceOf(IllegalArgumentException.class);

        for (int i = 0; i < Product.MAX_IMAGES; i++) {
            mug.addImage(ProductImage.bundled("/images/catalog/mug.svg", "A mug " + i));
        }
        assertThatThrownBy(() -> mug.addImage(bundled)).isInstanceOf(ProductLimitReachedException.class);
    }

    @Test
    void slugsAreDerivedFromNames() {
        assertThat(Slugs.fromName("Crème Brûlée Mug")).isEqualTo("creme-brulee-mug");
        assertThat(Slugs.fromName("  Große Tasse – 330 ml! ")).isEqualTo("grosse-tasse-330-ml");
        assertThat(Slugs.fromName("和子")).isEmpty();
        assertThat(Slugs.valid("images")).isFalse();
        assertThat(Slugs.valid("engraved-frame")).isTrue();
    }

    @Test
    void recognizesImagesByTheirFirstBytes() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0};
        byte[] webp = {'R', 'I', 'F', 'F', 1, 2, 3, 4, 'W', 'E', 'B', 'P', 'V', 'P'};
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes();

        assertThat(ImageType.detect(png)).contains(ImageType.PNG);
        assertThat(ImageType.detect(jpeg)).contains(ImageType.JPEG);
        assertThat(ImageType.detect(webp)).contains(ImageType.WEBP);
        assertThat(ImageType.detect(svg)).isEmpty();
        assertThat(ImageType.detect(new byte[0])).isEmpty();
    }
}

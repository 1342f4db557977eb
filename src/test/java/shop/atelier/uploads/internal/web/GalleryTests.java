package shop.atelier.uploads.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import shop.atelier.platform.NotFoundException;
import shop.atelier.uploads.Material;
import shop.atelier.uploads.MaterialAccess;
import shop.atelier.uploads.MaterialKind;
import shop.atelier.uploads.Rendition;
import shop.atelier.uploads.UploadScope;
import shop.atelier.uploads.Uploads;
import shop.atelier.uploads.Viewer;

/** The staff gallery shows only what customers allowed, and a revocation takes a material off at once. */
@UploadsWebTest
class GalleryTests {

    static final RequestPostProcessor STAFF =
            user("gallery-staff@atelier.example").roles("STAFF");

    @Autowired
    Uploads uploads;

    @Autowired
    MockMvc mvc;

    Material photo(UploadScope scope, int width, int height) {
        return uploads.store(
                scope, MaterialKind.PHOTO, "Anna Smith.png", new ByteArrayInputStream(Pictures.png(width, height)));
    }

    List<Element> cards() throws Exception {
        var page = mvc.perform(get("/staff/gallery").with(STAFF)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        return Jsoup.parse(page.getContentAsString()).select("figure.card");
    }

    /** The picture behind a card's thumbnail, fetched as the staff member the link was made for. */
    byte[] thumbnail(Element card) throws Exception {
        var response = mvc.perform(get(card.selectFirst("img").attr("src")).with(STAFF))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsByteArray();
    }

    @Test
    void showsConsentedMaterialsNewestFirstAndDropsARevokedOneAtOnce() throws Exception {
        var allowedScope = UploadScope.order(UUID.randomUUID());
        var allowed = photo(allowedScope, 173, 71);
        var revokedScope = UploadScope.order(UUID.randomUUID());
        var revoked = photo(revokedScope, 71, 173);
        var never = photo(UploadScope.order(UUID.randomUUID()), 97, 97);
        uploads.recordMarketingConsent(revoked.id(), true, "upload-form");
        uploads.recordMarketingConsent(allowed.id(), true, "order-page");

        var before = cards();
        assertThat(before.size()).isBetween(2, 24);
        assertThat(Pictures.decode(thumbnail(before.get(0))).getWidth()).isEqualTo(173);
        assertThat(Pictures.decode(thumbnail(before.get(1))).getWidth()).isEqualTo(71);

        uploads.recordMarketingConsent(revoked.id(), false, "order-page");

        var after = cards();
        var first = after.getFirst();
        assertThat(Pictures.decode(thumbnail(first)).getWidth()).isEqualTo(173);
        var img = first.selectFirst("img");
        assertThat(img.attr("alt")).startsWith("Customer photo, consented on ");
        assertThat(after.toString()).doesNotContain("Anna Smith");
        for (var card : after) {
            assertThat(Pictures.decode(thumbnail(card)).getWidth())
                    .as("revoked and never-consented photos are not shown")
                    .isNotIn(71, 97);
        }
        assertThat(uploads.accessLog(allowedScope))
                .filteredOn(access -> access.outcome() == MaterialAccess.Outcome.GRANTED)
                .allSatisfy(access -> {
                    assertThat(access.viewerRole()).isEqualTo("STAFF");
                    assertThat(access.purpose()).isEqualTo("gallery");
                    assertThat(access.principal()).isEqualTo("gallery-staff@atelier.example");
                })
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(never.id()).isNotEqualTo(allowed.id());
    }

    @Test
    void galleryThumbnailsAreBoundToTheStaffMemberWhoOpenedThePage() throws Exception {
        var material = photo(UploadScope.order(UUID.randomUUID()), 55, 33);
        uploads.recordMarketingConsent(material.id(), true, "upload-form");
        var src = cards().getFirst().selectFirst("img").attr("src");

        var otherStaff = mvc.perform(
                        get(src).with(user("someone-else@atelier.example").roles("STAFF")))
                .andReturn()
                .getResponse();

        assertThat(otherStaff.getStatus()).isEqualTo(403);
    }

    @Test
    void aGalleryLinkStopsOpeningTheMomentConsentIsWithdrawnAndNoneIsMadeWithoutConsent() throws Exception {
        var material = photo(UploadScope.order(UUID.randomUUID()), 61, 43);
        var staff = new Viewer("STAFF", "gallery-staff@atelier.example", "gallery-staff@atelier.example", "gallery");
        assertThatThrownBy(() -> uploads.link(material.id(), Rendition.THUMBNAIL, staff))
                .as("no consent, no link for the gallery")
                .isInstanceOf(NotFoundException.class);

        uploads.recordMarketingConsent(material.id(), true, "order-page");
        var link = uploads.link(material.id(), Rendition.THUMBNAIL, staff);
        assertThat(mvc.perform(get(link).with(STAFF)).andReturn().getResponse().getStatus())
                .isEqualTo(200);

        uploads.recordMarketingConsent(material.id(), false, "order-page");

        assertThat(mvc.perform(get(link).with(STAFF)).andReturn().getResponse().getStatus())
                .as("a link made before the withdrawal, still within its five minutes")
                .isEqualTo(403);
        assertThat(uploads.accessLog(material.scope())).anySatisfy(access -> {
            assertThat(access.outcome()).isEqualTo(MaterialAccess.Outcome.DENIED);
            assertThat(access.reason()).isEqualTo("no-marketing-consent");
        });
    }

    @Test
    void pageBeyondTheLastSaysThereIsNothingAndOnlyStaffMayLook() throws Exception {
        var page = mvc.perform(get("/staff/gallery").param("page", "99999").with(STAFF))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString())
                .contains("No customer has allowed us to show one of their materials yet.");

        var customer = mvc.perform(
                        get("/staff/gallery").with(user("c@example.com").roles("CUSTOMER")))
                .andReturn()
                .getResponse();
        assertThat(customer.getStatus()).isEqualTo(403);
        var bad = mvc.perform(get("/staff/gallery").param("page", "-1").with(STAFF))
                .andReturn()
                .getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
    }
}

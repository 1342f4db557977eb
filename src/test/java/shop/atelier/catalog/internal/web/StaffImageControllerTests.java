package shop.atelier.catalog.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import shop.atelier.catalog.internal.CatalogManagement;
import shop.atelier.catalog.internal.CatalogTestData;
import shop.atelier.catalog.internal.ImageType;

/**
 * Staff upload product images through a form the server reads as it streams (the container parses
 * no multipart): real multipart bodies, text alternative first, CSRF token in the address.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(roles = "STAFF")
class StaffImageControllerTests {

    static final String BOUNDARY = "----AtelierTestBoundary7MA4YWxkTrZu0gW";

    @Autowired
    MockMvc mvc;

    @Autowired
    CatalogManagement catalog;

    CatalogTestData data;
    CatalogTestData.Frame frame;

    @BeforeEach
    void createFrame() {
        data = new CatalogTestData(catalog);
        frame = data.listedFrame();
    }

    @Test
    void storesAnImageRecognizedByItsContentWhateverItsNameAndDeclaredType() throws Exception {
        mvc.perform(upload(form("The frame on a shelf", "photo.jpg", "application/octet-stream", png()))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/staff/products/" + frame.id() + "#images"));

        var image = catalog.product(frame.id()).images().getFirst();
        assertThat(image.contentType()).isEqualTo("image/png");
        assertThat(image.alt()).isEqualTo("The frame on a shelf");
        mvc.perform(get(image.path()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"))
                .andExpect(content().bytes(png()));

        mvc.perform(post("/staff/products/" + frame.id() + "/images/" + image.id() + "/delete")
                        .with(csrf()))
                .andExpect(status().isFound());
        assertThat(catalog.product(frame.id()).images()).isEmpty();
        mvc.perform(get(image.path())).andExpect(status().isNotFound());
    }

    @Test
    void thePagesOwnFormCarriesItsTokenInTheAddressAndTheTextBeforeTheFile() throws Exception {
        var page = mvc.perform(get("/staff/products/" + frame.id())).andReturn().getResponse();
        var html = page.getContentAsString();
        var action =
                Pattern.compile("action=\"([^\"]*/images\\?_csrf=[^\"]+)\"").matcher(html);
        assertThat(action.find()).as("upload form action with the CSRF token").isTrue();
        assertThat(html.indexOf("name=\"alt\"")).isLessThan(html.indexOf("type=\"file\""));

        mvc.perform(post(HtmlUtils.htmlUnescape(action.group(1)))
                        .cookie(page.getCookies())
                        .contentType("multipart/form-data; boundary=" + BOUNDARY)
                        .content(form("Our frame", "frame.png", "image/png", png())))
                .andExpect(status().isFound());
        assertThat(catalog.product(frame.id()).images())
                .singleElement()
                .satisfies(i -> assertThat(i.alt()).isEqualTo("Our frame"));
    }

    @Test
    void withoutTheTokenNothingIsStored() throws Exception {
        mvc.perform(upload(form("A frame", "frame.png", "image/png", png()))).andExpect(status().isForbidden());

        assertThat(catalog.product(frame.id()).images()).isEmpty();
    }

    @Test
    void refusesAFileThatIsNotAnImageWhateverItsName() throws Exception {
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);

        mvc.perform(upload(form("A frame", "photo.png", "image/png", svg)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("catalog/staff/product"))
                .andExpect(model().attributeHasFieldErrorCode("imageForm", "file", "catalog.staff.image.file.type"))
                .andExpect(content()
                        .string(allOf(
                                containsString("<div class=\"invalid-feedback d-block\" id=\"file-error\">"
                                        + "This file is not a PNG, JPEG or WebP image.</div>"),
                                containsString("aria-describedby=\"file-hint file-error\""),
                                containsString("value=\"A frame\""))));

        assertThat(catalog.product(frame.id()).images()).isEmpty();
    }

    @Test
    void refusesAFileOverTheLimitAndStoresNothing() throws Exception {
        var tooBig = new byte[ImageType.MAX_BYTES + 1];
        System.arraycopy(png(), 0, tooBig, 0, png().length);

        mvc.perform(upload(form("A frame", "big.png", "image/png", tooBig)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(
                        model().attributeHasFieldErrorCode("imageForm", "file", "catalog.staff.image.file.too-large"))
                .andExpect(content().string(containsString("This file is larger than 2 MB.")));

        assertThat(catalog.product(frame.id()).images()).isEmpty();
    }

    @Test
    void anImageExactlyAtTheLimitIsAccepted() throws Exception {
        var atLimit = new byte[ImageType.MAX_BYTES];
        System.arraycopy(png(), 0, atLimit, 0, png().length);

        mvc.perform(upload(form("A frame", "big.png", "image/png", atLimit)).with(csrf()))
                .andExpect(status().isFound());

        assertThat(catalog.product(frame.id()).images()).hasSize(1);
    }

    @Test
    void needsATextAlternativeAndAFile() throws Exception {
        mvc.perform(upload(form("", "x.png", "image/png", png())).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("imageForm", "alt"))
                .andExpect(content().string(containsString("Please describe the image.")));

        // what a browser sends when no file was chosen: an empty file part
        mvc.perform(upload(form("A frame", "", "application/octet-stream", new byte[0]))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(
                        model().attributeHasFieldErrorCode("imageForm", "file", "catalog.staff.image.file.required"));

        assertThat(catalog.product(frame.id()).images()).isEmpty();
    }

    @Test
    void aBrokenFormIsABadRequestThatShowsThePageAgain() throws Exception {
        mvc.perform(post("/staff/products/" + frame.id() + "/images")
                        .with(csrf())
                        .contentType("multipart/form-data; boundary=" + BOUNDARY)
                        .content("not a multipart body".getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isBadRequest())
                .andExpect(
                        model().attributeHasFieldErrorCode("imageForm", "file", "catalog.staff.image.file.unreadable"));

        assertThat(catalog.product(frame.id()).images()).isEmpty();
    }

    @Test
    void anUnknownProductIsNotFound() throws Exception {
        mvc.perform(post("/staff/products/" + java.util.UUID.randomUUID() + "/images")
                        .with(csrf())
                        .contentType("multipart/form-data; boundary=" + BOUNDARY)
                        .content(form("A frame", "frame.png", "image/png", png())))
                .andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder upload(byte[] body) {
        return post("/staff/products/" + frame.id() + "/images")
                .contentType("multipart/form-data; boundary=" + BOUNDARY)
                .content(body);
    }

    /** A multipart body as a browser sends the page's form: the text alternative, then the file. */
    static byte[] form(String alt, String filename, String contentType, byte[] file) {
        var body = new ByteArrayOutputStream();
        var crlf = "\r\n";
        body.writeBytes(("--" + BOUNDARY + crlf
                        + "Content-Disposition: form-data; name=\"alt\"" + crlf + crlf
                        + alt + crlf
                        + "--" + BOUNDARY + crlf
                        + "Content-Disposition: form-data; name=\"file\"; filename=\"" + filename + "\"" + crlf
                        + "Content-Type: " + contentType + crlf + crlf)
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes((crlf + "--" + BOUNDARY + "--" + crlf).getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static byte[] png() {
        return StorefrontControllerTests.PNG.clone();
    }
}

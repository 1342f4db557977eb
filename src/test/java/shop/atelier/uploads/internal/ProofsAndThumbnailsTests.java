package shop.atelier.uploads.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import shop.atelier.platform.NotFoundException;
import shop.atelier.uploads.Material;
import shop.atelier.uploads.MaterialKind;
import shop.atelier.uploads.Rendition;
import shop.atelier.uploads.UploadRejected;
import shop.atelier.uploads.UploadRejected.Reason;
import shop.atelier.uploads.UploadScope;
import shop.atelier.uploads.Viewer;

/** Design proofs (pictures re-encoded, PDFs as they are) and the thumbnails of pictures. */
@UploadsTest
class ProofsAndThumbnailsTests {

    static final Viewer STAFF = new Viewer("STAFF", "staff@atelier.example", null, "proof-review");

    @Autowired
    UploadsService uploads;

    @Autowired
    JdbcClient jdbc;

    Material store(UploadScope scope, MaterialKind kind, String name, byte[] content) {
        return uploads.store(scope, kind, name, new ByteArrayInputStream(content));
    }

    static UploadScope newOrder() {
        return UploadScope.order(UUID.randomUUID());
    }

    byte[] thumbnail(Material material) throws IOException {
        try (var in = uploads.openThumbnail(material.id())) {
            return in.readAllBytes();
        }
    }

    @Test
    void pdfProofIsStoredAsItIsAndHasNoThumbnail() throws IOException {
        var proof = store(newOrder(), MaterialKind.PROOF, "proof.pdf", TestFiles.pdf());

        assertThat(proof.contentType()).isEqualTo("application/pdf");
        try (var in = uploads.open(proof.id())) {
            assertThat(in.readAllBytes()).isEqualTo(TestFiles.pdf());
        }
        assertThat(uploads.thumbnailSize(proof.id())).isEmpty();
        assertThat(Files.exists(UploadsTests.STORE.resolve(UploadsService.thumbnailKey(proof.id()))))
                .isFalse();
        assertThatThrownBy(() -> uploads.link(proof.id(), Rendition.THUMBNAIL, STAFF))
                .isInstanceOf(NotFoundException.class);
        assertThat(uploads.link(proof.id(), Rendition.CONTENT, STAFF)).startsWith("/files/");
    }

    @Test
    void pngProofIsReencodedAndGetsAThumbnail() throws IOException {
        var proof = store(newOrder(), MaterialKind.PROOF, "mug-design.png", TestFiles.pngWithTextChunks(900, 300));

        assertThat(proof.contentType()).isEqualTo("image/png");
        assertThat(proof.width()).isEqualTo(900);
        var thumbnail = ImageIO.read(new ByteArrayInputStream(thumbnail(proof)));
        assertThat(thumbnail.getWidth()).isEqualTo(400);
        assertThat(thumbnail.getHeight()).isEqualTo(133);
    }

    @Test
    void aWebPageNamedPdfIsRefusedAsAProof() throws IOException {
        var scope = newOrder();
        var rejection = org.junit.jupiter.api.Assertions.assertThrows(
                UploadRejected.class, () -> store(scope, MaterialKind.PROOF, "proof.pdf", TestFiles.html()));
        assertThat(rejection.reason()).isEqualTo(Reason.TYPE_NOT_ALLOWED);
        assertThat(uploads.materials(scope)).isEmpty();
        var videoNamedPdf = org.junit.jupiter.api.Assertions.assertThrows(
                UploadRejected.class, () -> store(scope, MaterialKind.PROOF, "proof.pdf", TestFiles.mp4(4096)));
        assertThat(videoNamedPdf.reason()).isEqualTo(Reason.TYPE_NOT_ALLOWED);
        // A PDF is a proof, never a customer's photo.
        var pdfAsPhoto = org.junit.jupiter.api.Assertions.assertThrows(
                UploadRejected.class, () -> store(scope, MaterialKind.PHOTO, "photo.jpg", TestFiles.pdf()));
        assertThat(pdfAsPhoto.reason()).isEqualTo(Reason.TYPE_NOT_ALLOWED);
    }

    @Test
    void photoThumbnailIsASmallEncryptedJpegWithoutMetadataAndGoesWithItsPhoto() throws IOException {
        var photo = store(newOrder(), MaterialKind.PHOTO, "garden.jpg", TestFiles.jpegWithGpsExif(1200, 900, 1));

        var clear = thumbnail(photo);
        assertThat(clear).startsWith(0xFF, 0xD8, 0xFF);
        var image = ImageIO.read(new ByteArrayInputStream(clear));
        assertThat(image.getWidth()).isEqualTo(400);
        assertThat(image.getHeight()).isEqualTo(300);
        assertThat(clear.length).isLessThan(30_000);
        assertThat(uploads.thumbnailSize(photo.id())).contains((long) clear.length);
        assertThat(UploadsTests.jpegMarkers(clear)).doesNotContain("APP1");
        assertThat(TestFiles.contains(clear, TestFiles.GPS_MARKER.getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                .isFalse();

        var stored = UploadsTests.STORE.resolve(UploadsService.thumbnailKey(photo.id()));
        var ciphertext = Files.readAllBytes(stored);
        assertThat(TestFiles.startOf(ciphertext, 3)).isNotEqualTo(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
        assertThat(TestFiles.sharesARunOf16(clear, ciphertext)).isFalse();

        uploads.delete(photo.id());
        assertThat(Files.exists(stored)).isFalse();
        assertThatThrownBy(() -> uploads.openThumbnail(photo.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void smallPhotosAreNotEnlargedAndShreddingTakesTheThumbnailToo() throws IOException {
        var scope = newOrder();
        var photo = store(scope, MaterialKind.PHOTO, "tiny.png", TestFiles.png(40, 30));
        var image = ImageIO.read(new ByteArrayInputStream(thumbnail(photo)));
        assertThat(image.getWidth()).isEqualTo(40);
        assertThat(image.getHeight()).isEqualTo(30);
        var stored = UploadsTests.STORE.resolve(UploadsService.thumbnailKey(photo.id()));
        assertThat(Files.exists(stored)).isTrue();

        uploads.destroyScope(scope);

        assertThat(Files.exists(stored)).isFalse();
    }

    @Test
    void thumbnailFileDoesNotDecryptAsTheContent() throws IOException {
        var photo = store(newOrder(), MaterialKind.PHOTO, "garden.png", TestFiles.png(500, 500));
        var content = UploadsTests.STORE.resolve(photo.id().toString());
        var thumbnail = UploadsTests.STORE.resolve(UploadsService.thumbnailKey(photo.id()));
        Files.copy(thumbnail, content, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(() -> {
                    try (var in = uploads.open(photo.id())) {
                        in.readAllBytes();
                    }
                })
                .isInstanceOf(IOException.class);
    }
}

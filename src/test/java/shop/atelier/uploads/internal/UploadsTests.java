package shop.atelier.uploads.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.w3c.dom.Node;
import shop.atelier.platform.NotFoundException;
import shop.atelier.uploads.Material;
import shop.atelier.uploads.MaterialKind;
import shop.atelier.uploads.MaterialUploaded;
import shop.atelier.uploads.UploadRejected;
import shop.atelier.uploads.UploadRejected.Reason;
import shop.atelier.uploads.UploadScope;
import shop.atelier.uploads.Uploads;

/** Ingest as a customer's upload meets it: what is stored, what is refused, and what is left behind. */
@UploadsTest
class UploadsTests {

    static final Path STORE = Path.of("target/uploads-tests/files");

    @Autowired
    Uploads uploads;

    @Autowired
    ScopeKeys keys;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    static UploadScope newCart() {
        return UploadScope.cart(UUID.randomUUID());
    }

    Material store(UploadScope scope, MaterialKind kind, String name, byte[] content) {
        return uploads.store(scope, kind, name, new ByteArrayInputStream(content));
    }

    byte[] read(Material material) throws IOException {
        try (var in = uploads.open(material.id())) {
            return in.readAllBytes();
        }
    }

    static byte[] stored(Material material) throws IOException {
        return Files.readAllBytes(STORE.resolve(material.id().toString()));
    }

    static Set<Path> filesInTheStore() throws IOException {
        try (var files = Files.list(STORE)) {
            return files.collect(Collectors.toSet());
        }
    }

    int rows(UploadScope scope) {
        return jdbc.sql("select count(*) from upload_materials where scope_kind = :kind and scope_id = :id")
                .param("kind", scope.kind())
                .param("id", scope.id())
                .query(Integer.class)
                .single();
    }

    /** Stores nothing and leaves nothing: the rejection's reason, no row, no file, no temporary file. */
    Reason refused(UploadScope scope, MaterialKind kind, String name, InputStream content) throws IOException {
        Files.createDirectories(STORE);
        var before = filesInTheStore();
        var rejection = assertThrows(UploadRejected.class, () -> uploads.store(scope, kind, name, content));
        assertThat(rows(scope)).isZero();
        assertThat(filesInTheStore()).isEqualTo(before);
        assertThat(events.stream(MaterialUploaded.class))
                .noneMatch(event -> event.scope().equals(scope));
        return rejection.reason();
    }

    static List<String> jpegMarkers(byte[] jpeg) throws IOException {
        var reader = ImageIO.getImageReadersByFormatName("jpeg").next();
        try (var input = new MemoryCacheImageInputStream(new ByteArrayInputStream(jpeg))) {
            reader.setInput(input);
            var metadata = reader.getImageMetadata(0);
            var markers = new ArrayList<String>();
            collect(metadata.getAsTree(metadata.getNativeMetadataFormatName()), markers);
            return markers;
        } finally {
            reader.dispose();
        }
    }

    private static void collect(Node node, List<String> names) {
        if (node instanceof IIOMetadataNode element && element.getNodeName().equals("unknown")) {
            names.add("APP" + (Integer.parseInt(element.getAttribute("MarkerTag")) - 0xE0));
        } else {
            names.add(node.getNodeName());
        }
        for (var child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            collect(child, names);
        }
    }

    @Test
    void photoIsStoredWithoutItsExifAndGpsPositionAndStandsUpright() throws IOException {
        var original = TestFiles.jpegWithGpsExif(64, 48, 6);
        assertThat(jpegMarkers(original)).contains("APP1");
        assertThat(TestFiles.contains(original, TestFiles.GPS_MARKER.getBytes(StandardCharsets.US_ASCII)))
                .isTrue();

        var material = store(newCart(), MaterialKind.PHOTO, "IMG_0042.JPG", original);

        var clear = read(material);
        assertThat(material.contentType()).isEqualTo("image/jpeg");
        assertThat(jpegMarkers(clear)).doesNotContain("APP1", "APP2", "APP13", "com");
        assertThat(TestFiles.contains(clear, "Exif".getBytes(StandardCharsets.US_ASCII)))
                .isFalse();
        assertThat(TestFiles.contains(clear, TestFiles.GPS_MARKER.getBytes(StandardCharsets.US_ASCII)))
                .isFalse();
        var picture = ImageIO.read(new ByteArrayInputStream(clear));
        // Orientation 6: turned a quarter clockwise, so the red left half is now on top.
        assertThat(picture.getWidth()).isEqualTo(48);
        assertThat(picture.getHeight()).isEqualTo(64);
        assertThat(material.width()).isEqualTo(48);
        assertThat(material.height()).isEqualTo(64);
        var top = new Color(picture.getRGB(24, 8));
        var bottom = new Color(picture.getRGB(24, 56));
        assertThat(top.getRed()).isGreaterThan(200);
        assertThat(bottom.getBlue()).isGreaterThan(200);
        assertThat(material.size()).isEqualTo(clear.length);
        assertThat(material.label()).isEqualTo("IMG_0042.JPG");
        assertThat(events.stream(MaterialUploaded.class))
                .containsExactly(new MaterialUploaded(material.id(), material.scope(), MaterialKind.PHOTO));
    }

    @Test
    void pngIsStoredWithoutItsTextChunks() throws IOException {
        var original = TestFiles.pngWithTextChunks(40, 30);
        assertThat(ImageIO.read(new ByteArrayInputStream(original)).getWidth()).isEqualTo(40);
        assertThat(TestFiles.contains(original, "Anna Example".getBytes(StandardCharsets.US_ASCII)))
                .isTrue();

        var clear = read(store(newCart(), MaterialKind.PHOTO, "scan.png", original));

        assertThat(TestFiles.contains(clear, TestFiles.GPS_MARKER.getBytes(StandardCharsets.US_ASCII)))
                .isFalse();
        assertThat(TestFiles.contains(clear, "Anna Example".getBytes(StandardCharsets.US_ASCII)))
                .isFalse();
        assertThat(TestFiles.contains(clear, "tEXt".getBytes(StandardCharsets.US_ASCII)))
                .isFalse();
        assertThat(TestFiles.contains(clear, "iTXt".getBytes(StandardCharsets.US_ASCII)))
                .isFalse();
        assertThat(ImageIO.read(new ByteArrayInputStream(clear)).getWidth()).isEqualTo(40);
    }

    @Test
    void storedBytesAreCiphertext() throws IOException {
        var scope = newCart();
        var photo = store(scope, MaterialKind.PHOTO, "cat.png", TestFiles.png(200, 150));
        var video = store(scope, MaterialKind.VIDEO, "party.mp4", TestFiles.mp4(300_000));
        var text = store(scope, MaterialKind.TEXT, "poem.txt", TestFiles.text(50_000));

        assertThat(video.contentType()).isEqualTo("video/mp4");
        assertThat(text.contentType()).isEqualTo("text/plain");
        for (var material : List.of(photo, video, text)) {
            var stored = stored(material);
            var clear = read(material);
            assertThat(stored.length).isGreaterThan(clear.length);
            assertThat(TestFiles.startOf(stored, 3)).isNotEqualTo(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            assertThat(TestFiles.contains(TestFiles.startOf(stored, 16), new byte[] {'P', 'N', 'G'}))
                    .isFalse();
            assertThat(TestFiles.contains(TestFiles.startOf(stored, 16), "ftyp".getBytes(StandardCharsets.US_ASCII)))
                    .isFalse();
            assertThat(TestFiles.sharesARunOf16(clear, stored))
                    .as(material.contentType())
                    .isFalse();
        }
        assertThat(read(video)).isEqualTo(TestFiles.mp4(300_000));
        assertThat(read(text)).isEqualTo(TestFiles.text(50_000));
        assertThat(uploads.materials(scope))
                .extracting(Material::id)
                .containsExactly(photo.id(), video.id(), text.id());
    }

    /** Watched, so a temporary file created and deleted again (ImageIO's file cache) is seen too. */
    @Test
    void nothingIsWrittenToTheTemporaryDirectory() throws Exception {
        var photo = TestFiles.jpegWithGpsExif(1600, 1200, 3);
        var video = TestFiles.mp4(1_000_000);
        var temporary = Path.of(System.getProperty("java.io.tmpdir"));
        try (var watcher = temporary.getFileSystem().newWatchService()) {
            temporary.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);

            store(newCart(), MaterialKind.PHOTO, "big.jpg", photo);
            store(newCart(), MaterialKind.VIDEO, "clip.mp4", video);

            // Events arrive in order: once our own marker is seen, everything before it has been.
            var marker = Files.createTempFile(temporary, "uploads-tests-marker-", ".tmp");
            var created = new ArrayList<Path>();
            var deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!created.contains(marker.getFileName()) && System.nanoTime() < deadline) {
                var key = watcher.poll(100, TimeUnit.MILLISECONDS);
                if (key != null) {
                    key.pollEvents().forEach(event -> created.add((Path) event.context()));
                    key.reset();
                }
            }
            Files.delete(marker);
            assertThat(created).containsExactly(marker.getFileName());
        }
    }

    @Test
    void webpPhotosAreStoredReencoded() throws IOException {
        // 1×1 WebP files, lossless with transparency and lossy, as browsers' feature tests use them
        var lossless = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
        var lossy = Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");

        var transparent = store(newCart(), MaterialKind.PHOTO, "sticker.webp", lossless);
        var opaque = store(newCart(), MaterialKind.PHOTO, "dot.webp", lossy);

        assertThat(transparent.contentType()).isEqualTo("image/png");
        assertThat(opaque.contentType()).isEqualTo("image/jpeg");
        for (var material : List.of(transparent, opaque)) {
            var picture = ImageIO.read(new ByteArrayInputStream(read(material)));
            assertThat(picture.getWidth()).isEqualTo(1);
            assertThat(picture.getHeight()).isEqualTo(1);
        }
    }

    @Test
    void decompressionBombIsRefusedFromItsHeader() throws IOException {
        var bomb = TestFiles.pngHeader(50_000, 50_000);

        assertThat(refused(newCart(), MaterialKind.PHOTO, "small.png", new ByteArrayInputStream(bomb)))
                .isEqualTo(Reason.TOO_MANY_PIXELS);
    }

    @Test
    void polyglotsAreRefusedAndLeaveNothing() throws IOException {
        var zip = TestFiles.zip("index.html", "<script>alert(document.cookie)</script>");
        var html = "<HTML><body><script>alert(document.cookie)</script></body></HTML>".getBytes(StandardCharsets.UTF_8);

        var pictures = List.of(TestFiles.jpeg(80, 60), TestFiles.jpegWithGpsExif(80, 60, 6), TestFiles.png(80, 60));
        for (var picture : pictures) {
            for (var appended : List.of(zip, html)) {
                var cart = newCart();
                assertThatThrownBy(() ->
                                store(cart, MaterialKind.PHOTO, "holiday.jpg", TestFiles.concat(picture, appended)))
                        .isInstanceOfSatisfying(
                                UploadRejected.class,
                                e -> assertThat(e.reason()).isEqualTo(UploadRejected.Reason.HIDDEN_CONTENT));
                assertThat(uploads.materials(cart)).isEmpty();
            }
        }
    }

    @Test
    void aTrailerThatIsNeitherArchiveNorMarkupIsDroppedAndThePictureKept() throws IOException {
        // Phones append the video of a "motion photo" after the JPEG: the picture is kept, the rest dropped.
        var video = TestFiles.concat("....ftypmp42".getBytes(StandardCharsets.US_ASCII), new byte[4096]);
        var material =
                store(newCart(), MaterialKind.PHOTO, "motion.jpg", TestFiles.concat(TestFiles.jpeg(80, 60), video));

        var clear = read(material);
        assertThat(TestFiles.contains(clear, "ftypmp42".getBytes(StandardCharsets.US_ASCII)))
                .isFalse();
        assertThat(ImageIO.read(new ByteArrayInputStream(clear)).getWidth()).isEqualTo(80);
    }

    @Test
    void typeComesFromTheContentNotTheName() throws IOException {
        var png = store(newCart(), MaterialKind.PHOTO, "photo.jpg", TestFiles.png(30, 20));
        assertThat(png.contentType()).isEqualTo("image/png");
        assertThat(png.label()).isEqualTo("photo.jpg");

        var html = "<!DOCTYPE html><html><head><title>x</title></head><body><script>alert(1)</script></body></html>";
        assertThat(refused(
                        newCart(),
                        MaterialKind.PHOTO,
                        "photo.jpg",
                        new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(Reason.TYPE_NOT_ALLOWED);
        assertThat(refused(newCart(), MaterialKind.VIDEO, "clip.mp4", new ByteArrayInputStream(TestFiles.jpeg(10, 10))))
                .isEqualTo(Reason.TYPE_NOT_ALLOWED);
        assertThat(refused(
                        newCart(),
                        MaterialKind.TEXT,
                        "notes.txt",
                        new ByteArrayInputStream(TestFiles.zip("a.txt", "hello"))))
                .isEqualTo(Reason.TYPE_NOT_ALLOWED);
    }

    @Test
    void truncatedUploadsAreRefused() throws IOException {
        var jpeg = TestFiles.jpeg(400, 300);
        var halfAJpeg = Arrays.copyOf(jpeg, jpeg.length / 2);
        assertThat(refused(newCart(), MaterialKind.PHOTO, "cut.jpg", new ByteArrayInputStream(halfAJpeg)))
                .isEqualTo(Reason.TRUNCATED);

        var png = TestFiles.png(400, 300);
        var halfAPng = Arrays.copyOf(png, png.length / 2);
        assertThat(refused(newCart(), MaterialKind.PHOTO, "cut.png", new ByteArrayInputStream(halfAPng)))
                .isEqualTo(Reason.TRUNCATED);

        assertThat(refused(newCart(), MaterialKind.VIDEO, "clip.mp4", new TestFiles.BreaksOff(TestFiles.mp4(200_000))))
                .isEqualTo(Reason.TRUNCATED);
    }

    @Test
    void overLimitUploadIsCutOffAtTheLimitWhileStreaming() throws IOException {
        var endless = new TestFiles.EndlessText();

        assertThat(refused(newCart(), MaterialKind.TEXT, "endless.txt", endless))
                .isEqualTo(Reason.TOO_LARGE);
        assertThat(endless.bytesRead()).isBetween(1024L * 1024, 1024L * 1024 + 1);

        var photoAndJunk =
                new SequenceInputStream(new ByteArrayInputStream(TestFiles.jpeg(50, 50)), new TestFiles.EndlessText());
        assertThat(refused(newCart(), MaterialKind.PHOTO, "huge.jpg", photoAndJunk))
                .isEqualTo(Reason.TOO_LARGE);

        var video = new SequenceInputStream(new ByteArrayInputStream(TestFiles.mp4(1000)), new TestFiles.EndlessText());
        assertThat(refused(newCart(), MaterialKind.VIDEO, "long.mp4", video)).isEqualTo(Reason.TOO_LARGE);
    }

    @Test
    void destroyedScopeLeavesItsFilesUnreadableEvenFromABackup() throws IOException {
        var scope = UploadScope.order(UUID.randomUUID());
        var poem = TestFiles.text(20_000);
        var material = store(scope, MaterialKind.TEXT, "poem.txt", poem);
        var backup = stored(material);
        var otherScopeKey = keys.obtain(newCart());

        uploads.destroyScope(scope);

        assertThat(rows(scope)).isZero();
        assertThat(Files.exists(STORE.resolve(material.id().toString()))).isFalse();
        assertThat(jdbc.sql("select wrapped_keyset is null and destroyed_at is not null from upload_scopes"
                                + " where scope_kind = :kind and scope_id = :id")
                        .param("kind", scope.kind())
                        .param("id", scope.id())
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(keys.find(scope)).isEmpty();
        assertThatThrownBy(() -> uploads.open(material.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> store(scope, MaterialKind.TEXT, "again.txt", poem))
                .isInstanceOfSatisfying(
                        UploadRejected.class, e -> assertThat(e.reason()).isEqualTo(Reason.SCOPE_DESTROYED));

        // The backup's ciphertext is all that is left, and no key there is opens it.
        assertThat(TestFiles.sharesARunOf16(poem, backup)).isFalse();
        assertThatThrownBy(() -> {
                    try (var in = otherScopeKey.newDecryptingStream(
                            new ByteArrayInputStream(backup),
                            ("atelier-material:" + material.id()).getBytes(StandardCharsets.UTF_8))) {
                        in.readAllBytes();
                    }
                })
                .isInstanceOf(IOException.class);
    }

    @Test
    void uploadThatEndsAfterItsScopeWasDestroyedLeavesNothing() throws IOException {
        var scope = newCart();
        keys.obtain(scope);
        var text = TestFiles.text(200_000);
        var destroyedMidway = new FilterInputStream(new ByteArrayInputStream(text)) {
            boolean destroyed;

            @Override
            public int read(byte[] bytes, int offset, int length) throws IOException {
                if (!destroyed && ((ByteArrayInputStream) in).available() < text.length / 2) {
                    destroyed = true;
                    uploads.destroyScope(scope);
                }
                return super.read(bytes, offset, length);
            }
        };

        assertThat(refused(scope, MaterialKind.TEXT, "second.txt", destroyedMidway))
                .isEqualTo(Reason.SCOPE_DESTROYED);
    }

    @Test
    void deletedMaterialIsGone() throws IOException {
        var material = store(newCart(), MaterialKind.TEXT, "../../etc/passwd", TestFiles.text(100));
        assertThat(material.label()).isEqualTo("passwd");

        uploads.delete(material.id());

        assertThat(uploads.find(material.id())).isEmpty();
        assertThat(Files.exists(STORE.resolve(material.id().toString()))).isFalse();
        assertThatThrownBy(() -> uploads.open(material.id())).isInstanceOf(NotFoundException.class);
    }
}

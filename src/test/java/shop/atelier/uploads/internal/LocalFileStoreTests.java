package shop.atelier.uploads.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFileStoreTests {

    @TempDir
    Path directory;

    @Test
    void roundTrip() throws IOException {
        var store = new LocalFileStore(directory.resolve("files"));
        var content = "ciphertext, in real life".getBytes(StandardCharsets.UTF_8);

        store.put("0f1e2d3c-material", new ByteArrayInputStream(content));

        assertThat(store.exists("0f1e2d3c-material")).isTrue();
        try (var in = store.open("0f1e2d3c-material")) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(Files.list(store.directory()))
                .containsExactly(store.directory().resolve("0f1e2d3c-material"));

        store.delete("0f1e2d3c-material");
        assertThat(store.exists("0f1e2d3c-material")).isFalse();
        assertThatThrownBy(() -> store.open("0f1e2d3c-material")).isInstanceOf(FileNotFoundException.class);
    }

    @Test
    void failedWriteLeavesNoFileAndNoTemporaryFile() throws IOException {
        var store = new LocalFileStore(directory);

        assertThatThrownBy(() -> store.write("abc", out -> {
                    out.write(new byte[100_000]);
                    throw new IOException("connection dropped");
                }))
                .hasMessage("connection dropped");

        assertThat(store.exists("abc")).isFalse();
        try (var files = Files.list(directory)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void keysThatCouldBePathsAreRefused() throws IOException {
        var store = new LocalFileStore(directory);
        for (var key : new String[] {"../etc/passwd", "a/b", "photo.jpg", "", ".hidden", "C:\\x"}) {
            assertThatThrownBy(() -> store.put(key, new ByteArrayInputStream(new byte[1])))
                    .as(key)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}

package shop.atelier.uploads.internal;

import java.io.BufferedOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Files in a local directory. A file is written to a temporary file in the same directory (holding
 * the same ciphertext), flushed to the disk and moved into place atomically, so readers never see
 * half a file and a file whose row was committed survives a power cut.
 */
class LocalFileStore implements FileStore {

    static final String TEMP_PREFIX = ".incoming-";

    private static final int BUFFER = 256 * 1024;

    private final Path directory;

    LocalFileStore(Path directory) throws IOException {
        this.directory = Files.createDirectories(directory.toAbsolutePath().normalize());
    }

    Path directory() {
        return directory;
    }

    @Override
    public void write(String key, ContentWriter writer) throws IOException {
        var target = path(key);
        var temp = Files.createTempFile(directory, TEMP_PREFIX, ".part");
        try {
            try (var channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER)) {
                writer.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            syncDirectory();
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Makes the rename durable too (where the platform can open a directory, as Linux can). */
    private void syncDirectory() {
        try (var channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not possible on every platform (e.g. Windows); the file itself is on disk.
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        try {
            return Files.newInputStream(path(key));
        } catch (NoSuchFileException e) {
            throw new FileNotFoundException("no file " + key);
        }
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(path(key));
    }

    @Override
    public boolean exists(String key) {
        return Files.exists(path(key));
    }

    private Path path(String key) {
        return directory.resolve(FileStore.checkKey(key));
    }
}

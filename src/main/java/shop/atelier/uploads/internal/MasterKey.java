package shop.atelier.uploads.internal;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeyTemplates;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the master key that wraps every scope's data key: from {@code atelier.uploads.master-key}
 * (base64 JSON keyset) or {@code atelier.uploads.master-key-file}. Without either it generates one
 * and keeps it in a file, but only for development and tests; with any other profile active the
 * application refuses to start, since a generated key would be lost with the machine.
 */
final class MasterKey {

    private static final Logger log = LoggerFactory.getLogger(MasterKey.class);
    static final Set<String> PROFILES_THAT_MAY_GENERATE = Set.of("default", "dev", "test");

    private MasterKey() {}

    /**
     * The master key with the id of its primary key, which names what it wraps when several master
     * keys share one database (test contexts do).
     */
    record Loaded(Aead aead, int id) {}

    static Aead load(UploadsProperties properties, String[] activeProfiles) {
        return loadWithId(properties, activeProfiles).aead();
    }

    static Loaded loadWithId(UploadsProperties properties, String[] activeProfiles) {
        try {
            var keyset = keyset(properties, activeProfiles);
            return new Loaded(aead(keyset), keyset.getPrimary().getId());
        } catch (GeneralSecurityException | IOException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "The uploads master key cannot be read (atelier.uploads.master-key must be a base64-encoded Tink"
                            + " JSON keyset, atelier.uploads.master-key-file a file holding one): " + e.getMessage(),
                    e);
        }
    }

    private static KeysetHandle keyset(UploadsProperties properties, String[] activeProfiles)
            throws GeneralSecurityException, IOException {
        if (properties.masterKey() != null && !properties.masterKey().isBlank()) {
            var json =
                    new String(Base64.getDecoder().decode(properties.masterKey().trim()), StandardCharsets.UTF_8);
            return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
        }
        if (properties.masterKeyFile() != null) {
            return TinkJsonProtoKeysetFormat.parseKeyset(
                    Files.readString(properties.masterKeyFile()), InsecureSecretKeyAccess.get());
        }
        if (!Arrays.stream(activeProfiles).allMatch(PROFILES_THAT_MAY_GENERATE::contains)) {
            throw new IllegalStateException("No master key for uploads. Set atelier.uploads.master-key (a Tink JSON"
                    + " AEAD keyset, base64) or atelier.uploads.master-key-file; a key is generated only without"
                    + " a profile or with 'default', 'dev' or 'test' (active: " + String.join(",", activeProfiles)
                    + ").");
        }
        return generatedKeyset(properties.generatedMasterKeyFile());
    }

    private static synchronized KeysetHandle generatedKeyset(Path file) throws GeneralSecurityException, IOException {
        if (Files.exists(file)) {
            return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file), InsecureSecretKeyAccess.get());
        }
        var handle = KeysetHandle.generateNew(KeyTemplates.get("AES256_GCM"));
        var json = TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
        var directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        var temp = Files.createTempFile(directory, ".master-key-", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            Files.writeString(temp, json, StandardOpenOption.TRUNCATE_EXISTING);
            try {
                Files.move(temp, file);
            } catch (FileAlreadyExistsException e) {
                // another process generated it first: use theirs
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        log.warn(
                "Generated a master key for uploads in {}. Fine for development; in production set"
                        + " atelier.uploads.master-key or atelier.uploads.master-key-file, and back the key up:"
                        + " without it no upload can be read.",
                file.toAbsolutePath());
        return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file), InsecureSecretKeyAccess.get());
    }

    static Aead aead(KeysetHandle handle) throws GeneralSecurityException {
        return handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
    }
}

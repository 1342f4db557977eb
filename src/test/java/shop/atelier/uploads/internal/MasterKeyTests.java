package shop.atelier.uploads.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeyTemplates;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class MasterKeyTests {

    static final byte[] SECRET = "a scope's data key".getBytes(StandardCharsets.UTF_8);
    static final byte[] CONTEXT = "scope".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path directory;

    @BeforeAll
    static void registerTink() throws GeneralSecurityException {
        AeadConfig.register();
    }

    static UploadsProperties properties(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("atelier.uploads", Bindable.of(UploadsProperties.class));
    }

    static String newKeysetJson() throws GeneralSecurityException {
        return TinkJsonProtoKeysetFormat.serializeKeyset(
                KeysetHandle.generateNew(KeyTemplates.get("AES256_GCM")), InsecureSecretKeyAccess.get());
    }

    @Test
    void generatesAKeyOnceForDevelopmentAndKeepsIt() throws Exception {
        var file = directory.resolve("keys/master-key.json");
        var settings = Map.of("atelier.uploads.generated-master-key-file", file.toString());

        var first = MasterKey.load(properties(settings), new String[0]);
        var wrapped = first.encrypt(SECRET, CONTEXT);
        var second = MasterKey.load(properties(settings), new String[] {"test"});

        assertThat(file).exists();
        assertThat(second.decrypt(wrapped, CONTEXT)).isEqualTo(SECRET);
    }

    @Test
    void refusesToStartWithoutAKeyUnderAnyOtherProfile() {
        var file = directory.resolve("master-key.json");
        var settings = Map.of("atelier.uploads.generated-master-key-file", file.toString());

        assertThatThrownBy(() -> MasterKey.load(properties(settings), new String[] {"prod"}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("atelier.uploads.master-key")
                .hasMessageContaining("prod");
        assertThat(file).doesNotExist();
    }

    @Test
    void aMalformedKeyIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> MasterKey.load(
                        properties(Map.of("atelier.uploads.master-key", "not base64!")), new String[] {"prod"}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("base64-encoded Tink JSON keyset");
    }

    @Test
    void readsTheKeyFromConfigurationOrAFile() throws Exception {
        var json = newKeysetJson();
        var file = Files.writeString(directory.resolve("key.json"), json);
        var fromEnvironment = MasterKey.load(
                properties(Map.of(
                        "atelier.uploads.master-key",
                        Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8)))),
                new String[] {"prod"});
        var fromFile = MasterKey.load(
                properties(Map.of("atelier.uploads.master-key-file", file.toString())), new String[] {"prod"});

        assertThat(fromFile.decrypt(fromEnvironment.encrypt(SECRET, CONTEXT), CONTEXT))
                .isEqualTo(SECRET);
    }
}

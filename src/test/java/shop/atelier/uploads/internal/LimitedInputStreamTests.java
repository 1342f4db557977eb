package shop.atelier.uploads.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.junit.jupiter.api.Test;
import shop.atelier.uploads.UploadRejected;

class LimitedInputStreamTests {

    @Test
    void contentUpToTheLimitPasses() throws IOException {
        var limited = new LimitedInputStream(new ByteArrayInputStream(new byte[1000]), 1000);
        assertThat(limited.readAllBytes()).hasSize(1000);
    }

    @Test
    void readsAtMostOneByteMoreThanTheLimit() {
        var endless = new TestFiles.EndlessText();
        var limited = new LimitedInputStream(endless, 5000);

        assertThatThrownBy(() -> limited.transferTo(OutputStream.nullOutputStream()))
                .isInstanceOfSatisfying(
                        UploadRejected.class, e -> assertThat(e.reason()).isEqualTo(UploadRejected.Reason.TOO_LARGE));
        assertThat(endless.bytesRead()).isEqualTo(5001);
    }

    @Test
    void aBrokenSourceIsATruncatedUpload() {
        var limited = new LimitedInputStream(new TestFiles.BreaksOff(new byte[10]), 5000);

        assertThatThrownBy(limited::readAllBytes)
                .isInstanceOfSatisfying(
                        UploadRejected.class, e -> assertThat(e.reason()).isEqualTo(UploadRejected.Reason.TRUNCATED));
    }
}

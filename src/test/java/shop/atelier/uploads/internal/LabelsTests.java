package shop.atelier.uploads.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelsTests {

    @Test
    void keepsOrdinaryNames() {
        assertThat(Labels.sanitize("Oma & Opa, Sommer 2024.jpg")).isEqualTo("Oma & Opa, Sommer 2024.jpg");
        assertThat(Labels.sanitize("Fête à Noël.png")).isEqualTo("Fête à Noël.png");
    }

    @Test
    void dropsPathsControlCharactersAndLeadingDots() {
        assertThat(Labels.sanitize("../../etc/passwd")).isEqualTo("passwd");
        assertThat(Labels.sanitize("C:\\Users\\anna\\photo.jpg")).isEqualTo("photo.jpg");
        assertThat(Labels.sanitize("evil\u0000name\r\n.jpg")).isEqualTo("evil_name__.jpg");
        assertThat(Labels.sanitize("photo\u202Egpj.exe")).isEqualTo("photo_gpj.exe");
        assertThat(Labels.sanitize("..hidden")).isEqualTo("hidden");
        assertThat(Labels.sanitize("<script>.txt")).isEqualTo("_script_.txt");
        assertThat(Labels.sanitize("   ")).isEqualTo("upload");
        assertThat(Labels.sanitize("folder/")).isEqualTo("upload");
    }

    @Test
    void limitsTheLength() {
        assertThat(Labels.sanitize("x".repeat(500) + ".jpg")).hasSize(Labels.MAX_LENGTH);
        assertThat(Labels.sanitize("😀".repeat(200))
                        .codePointCount(0, Labels.sanitize("😀".repeat(200)).length()))
                .isEqualTo(Labels.MAX_LENGTH);
    }
}

package shop.atelier.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import shop.atelier.catalog.PrintSpec.PrintQuality.Verdict;

/** How many pixels a photo needs for a product's print. 254 mm is exactly ten inches. */
class PrintSpecTests {

    @Test
    void aLandscapePhotoIsTurnedToFitAPortraitPrint() {
        var portrait = new PrintSpec(100, 150, 100);

        // 1500 px over 150 mm and 1000 px over 100 mm: 254 dpi both ways once turned
        assertThat(portrait.effectiveDpi(1500, 1000)).isEqualTo(254);
        assertThat(portrait.effectiveDpi(1000, 1500)).isEqualTo(254);
        assertThat(portrait.quality(1500, 1000)).isEqualTo(new PrintSpec.PrintQuality(254, Verdict.GOOD));
    }

    @Test
    void theWeakerAxisCounts() {
        var square = new PrintSpec(254, 254, 100);

        assertThat(square.effectiveDpi(3000, 1200)).isEqualTo(120);
        assertThat(square.effectiveDpi(1200, 3000)).isEqualTo(120);
    }

    @Test
    void aPhotoExactlyAtTheMinimumIsAcceptedWithAWarningAndOnePixelLessIsRefused() {
        var tenInches = new PrintSpec(254, 254, 100);

        assertThat(tenInches.quality(1000, 1000)).isEqualTo(new PrintSpec.PrintQuality(100, Verdict.LOW));
        assertThat(tenInches.quality(999, 1000)).isEqualTo(new PrintSpec.PrintQuality(99, Verdict.TOO_LOW));
    }

    @Test
    void justBelow150IsAWarningAnd150IsGood() {
        var tenInches = new PrintSpec(254, 254, 100);

        assertThat(tenInches.quality(1499, 1600)).isEqualTo(new PrintSpec.PrintQuality(149, Verdict.LOW));
        assertThat(tenInches.quality(1500, 1600)).isEqualTo(new PrintSpec.PrintQuality(150, Verdict.GOOD));
        assertThat(PrintSpec.WARN_DPI).isEqualTo(150);
    }

    @Test
    void aMinimumAbove150RefusesWhatWouldOtherwiseBeGood() {
        var fine = new PrintSpec(254, 254, 300);

        assertThat(fine.quality(2000, 2000).verdict()).isEqualTo(Verdict.TOO_LOW);
        assertThat(fine.quality(3000, 3000).verdict()).isEqualTo(Verdict.GOOD);
    }

    @Test
    void needsAPositiveSizeAndMinimum() {
        assertThatThrownBy(() -> new PrintSpec(0, 100, 100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PrintSpec(100, 100, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}

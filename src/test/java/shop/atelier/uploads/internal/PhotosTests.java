package shop.atelier.uploads.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

class PhotosTests {

    /** Where the pixel at (x, y) of a w×h stored picture belongs once upright, per EXIF orientation. */
    static int[] upright(int orientation, int x, int y, int w, int h) {
        return switch (orientation) {
            case 1 -> new int[] {x, y};
            case 2 -> new int[] {w - 1 - x, y};
            case 3 -> new int[] {w - 1 - x, h - 1 - y};
            case 4 -> new int[] {x, h - 1 - y};
            case 5 -> new int[] {y, x};
            case 6 -> new int[] {h - 1 - y, x};
            case 7 -> new int[] {h - 1 - y, w - 1 - x};
            case 8 -> new int[] {y, w - 1 - x};
            default -> throw new IllegalArgumentException();
        };
    }

    @Test
    void everyExifOrientationIsTurnedUpright() {
        int w = 4;
        int h = 3;
        BiFunction<Integer, Integer, Integer> colour = (x, y) -> 0xFF000000 | (x * 60) << 16 | (y * 80) << 8 | 0x40;
        var stored = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        for (var x = 0; x < w; x++) {
            for (var y = 0; y < h; y++) {
                stored.setRGB(x, y, colour.apply(x, y));
            }
        }
        for (var orientation = 1; orientation <= 8; orientation++) {
            var result = Photos.Orientation.apply(stored, orientation);
            var turned = orientation >= 5;
            assertThat(result.getWidth())
                    .as("width, orientation %d", orientation)
                    .isEqualTo(turned ? h : w);
            assertThat(result.getHeight())
                    .as("height, orientation %d", orientation)
                    .isEqualTo(turned ? w : h);
            for (var x = 0; x < w; x++) {
                for (var y = 0; y < h; y++) {
                    var target = upright(orientation, x, y, w, h);
                    assertThat(result.getRGB(target[0], target[1]))
                            .as("orientation %d, pixel %d,%d", orientation, x, y)
                            .isEqualTo(colour.apply(x, y));
                }
            }
        }
    }

    @Test
    void orientationIsReadFromBothByteOrders() {
        assertThat(Photos.Orientation.fromExif(exif(true, 6))).isEqualTo(6);
        assertThat(Photos.Orientation.fromExif(exif(false, 8))).isEqualTo(8);
        assertThat(Photos.Orientation.fromExif(exif(false, 42))).isEqualTo(1);
    }

    static byte[] exif(boolean bigEndian, int orientation) {
        var buffer = ByteBuffer.allocate(6 + 8 + 2 + 12 + 4)
                .order(bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        buffer.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        buffer.put((byte) (bigEndian ? 'M' : 'I')).put((byte) (bigEndian ? 'M' : 'I'));
        buffer.putShort((short) 42).putInt(8).putShort((short) 1);
        buffer.putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) orientation)
                .putShort((short) 0);
        buffer.putInt(0);
        return buffer.array();
    }
}

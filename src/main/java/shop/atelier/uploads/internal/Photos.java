package shop.atelier.uploads.internal;

import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Node;
import shop.atelier.uploads.UploadRejected;
import shop.atelier.uploads.UploadRejected.Reason;

/**
 * Re-encodes a photo from its pixels only, so nothing of the uploaded file survives but the picture:
 * no EXIF, XMP or IPTC (GPS position, camera serial, owner name), no data appended after the image (a
 * ZIP or HTML polyglot). The pixel count is checked from the header before anything is decoded
 * (decompression bombs), and the EXIF orientation is applied first, so the photo still stands upright.
 *
 * <p>ImageIO's streams are memory-cached here: its default file cache would write clear bytes to the
 * temporary directory.
 */
final class Photos {

    /** The longest side of a thumbnail, in pixels. */
    static final int THUMBNAIL_SIZE = 400;

    /**
     * What was stored.
     *
     * @param thumbnail the picture scaled to fit {@link #THUMBNAIL_SIZE} (never enlarged), without alpha
     */
    record Encoded(String contentType, int width, int height, BufferedImage thumbnail) {}

    private Photos() {}

    static Encoded reencode(InputStream in, String contentType, long maxPixels, OutputStream out) {
        var readers = ImageIO.getImageReadersByMIMEType(contentType);
        if (!readers.hasNext()) {
            throw new UploadRejected(Reason.TYPE_NOT_ALLOWED, "no decoder for " + contentType);
        }
        var reader = readers.next();
        var warnings = new ArrayList<String>();
        var source = new EndAwareInputStream(in);
        try (var input = new MemoryCacheImageInputStream(source)) {
            reader.setInput(input, true, false);
            reader.addIIOReadWarningListener((r, warning) -> warnings.add(warning));
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw new UploadRejected(Reason.CORRUPT, "no pixels");
            }
            if (width * height > maxPixels) {
                throw new UploadRejected(
                        Reason.TOO_MANY_PIXELS, width + "×" + height + " is more than " + maxPixels + " pixels");
            }
            var orientation = "image/jpeg".equals(contentType) ? orientation(reader) : 1;
            var image = reader.read(0);
            if (!warnings.isEmpty()) {
                var truncated = source.ended()
                        || warnings.stream()
                                .anyMatch(w -> w.toLowerCase(Locale.ROOT).contains("end of"));
                throw new UploadRejected(truncated ? Reason.TRUNCATED : Reason.CORRUPT, String.join("; ", warnings));
            }
            var upright = Orientation.apply(image, orientation);
            var png = "image/png".equals(contentType) || upright.getColorModel().hasAlpha();
            write(upright, png, out);
            return new Encoded(
                    png ? "image/png" : "image/jpeg", upright.getWidth(), upright.getHeight(), thumbnail(upright));
        } catch (IOException | IllegalArgumentException | IndexOutOfBoundsException e) {
            // A decoder that failed after reaching the end of the upload met a file that ended too soon.
            var truncated = source.ended() || causedByEnd(e);
            throw new UploadRejected(truncated ? Reason.TRUNCATED : Reason.CORRUPT, String.valueOf(e.getMessage()));
        } finally {
            reader.dispose();
        }
    }

    /** Notices when the upload's content ends. */
    private static final class EndAwareInputStream extends FilterInputStream {
        private boolean ended;

        EndAwareInputStream(InputStream in) {
            super(in);
        }

        boolean ended() {
            return ended;
        }

        @Override
        public int read() throws IOException {
            var b = super.read();
            ended |= b < 0;
            return b;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            var n = super.read(bytes, offset, length);
            ended |= n < 0;
            return n;
        }
    }

    private static boolean causedByEnd(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof EOFException) {
                return true;
            }
        }
        return false;
    }

    private static void write(BufferedImage image, boolean png, OutputStream out) throws IOException {
        var writer = ImageIO.getImageWritersByFormatName(png ? "png" : "jpeg").next();
        try (var output = new MemoryCacheImageOutputStream(new NonClosingOutputStream(out))) {
            writer.setOutput(output);
            var param = writer.getDefaultWriteParam();
            var pixels = image;
            if (!png) {
                pixels = withoutAlpha(image);
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.92f);
            }
            writer.write(null, new IIOImage(pixels, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    /** Writes a thumbnail as a JPEG, which carries no metadata but the picture. */
    static void writeThumbnail(BufferedImage thumbnail, OutputStream out) throws IOException {
        write(thumbnail, false, out);
    }

    /**
     * Scales the picture down in halving steps, then to the final size, each step bilinear: close to
     * area averaging in quality, at a fraction of its cost on large photos. Transparent areas become
     * white.
     */
    static BufferedImage thumbnail(BufferedImage image) {
        var longest = Math.max(image.getWidth(), image.getHeight());
        var scale = Math.min(1.0, (double) THUMBNAIL_SIZE / longest);
        var targetWidth = Math.max(1, (int) Math.round(image.getWidth() * scale));
        var targetHeight = Math.max(1, (int) Math.round(image.getHeight() * scale));
        var current = image;
        do {
            var width = Math.max(targetWidth, current.getWidth() / 2);
            var height = Math.max(targetHeight, current.getHeight() / 2);
            var step = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            var graphics = step.createGraphics();
            try {
                graphics.setColor(java.awt.Color.WHITE);
                graphics.fillRect(0, 0, width, height);
                graphics.setRenderingHint(
                        java.awt.RenderingHints.KEY_INTERPOLATION,
                        java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                graphics.drawImage(current, 0, 0, width, height, null);
            } finally {
                graphics.dispose();
            }
            current = step;
        } while (current.getWidth() != targetWidth || current.getHeight() != targetHeight);
        return current;
    }

    private static BufferedImage withoutAlpha(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_3BYTE_BGR || image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        var rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        var graphics = rgb.createGraphics();
        try {
            graphics.drawImage(image, 0, 0, null);
        } finally {
            graphics.dispose();
        }
        return rgb;
    }

    /** The EXIF orientation (1 to 8) of a JPEG, 1 when it has none or it cannot be read. */
    static int orientation(ImageReader reader) {
        try {
            IIOMetadata metadata = reader.getImageMetadata(0);
            if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
                return 1;
            }
            var native_ = metadata.getNativeMetadataFormatName();
            if (native_ == null) {
                return 1;
            }
            var root = metadata.getAsTree(native_);
            var exif = findExif(root);
            return exif == null ? 1 : Orientation.fromExif(exif);
        } catch (IOException | RuntimeException e) {
            return 1;
        }
    }

    private static byte @Nullable [] findExif(Node node) {
        if (node instanceof IIOMetadataNode element
                && "unknown".equals(element.getNodeName())
                && "225".equals(element.getAttribute("MarkerTag"))
                && element.getUserObject() instanceof byte[] bytes
                && bytes.length > 14
                && bytes[0] == 'E'
                && bytes[1] == 'x'
                && bytes[2] == 'i'
                && bytes[3] == 'f') {
            return bytes;
        }
        for (var child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            var found = findExif(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** EXIF orientations and the transforms that make a photo upright. */
    static final class Orientation {

        private static final int TAG_ORIENTATION = 0x0112;

        private Orientation() {}

        /** Reads tag 0x0112 from IFD0 of an APP1 "Exif\0\0" segment. */
        static int fromExif(byte[] app1) {
            var tiff = ByteBuffer.wrap(app1, 6, app1.length - 6).slice();
            var order = tiff.getShort(0);
            tiff.order(order == 0x4949 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
            var ifd = tiff.getInt(4);
            int entries = tiff.getShort(ifd) & 0xffff;
            for (var i = 0; i < entries; i++) {
                var entry = ifd + 2 + i * 12;
                if ((tiff.getShort(entry) & 0xffff) == TAG_ORIENTATION) {
                    int value = tiff.getShort(entry + 8) & 0xffff;
                    return value >= 1 && value <= 8 ? value : 1;
                }
            }
            return 1;
        }

        static BufferedImage apply(BufferedImage image, int orientation) {
            if (orientation <= 1 || orientation > 8) {
                return image;
            }
            double w = image.getWidth();
            double h = image.getHeight();
            // (m00, m10, m01, m11, m02, m12): where each source pixel goes in the upright picture
            var transform = switch (orientation) {
                case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
                case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
                case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
                case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
                case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
                case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
                default -> new AffineTransform(0, -1, 1, 0, 0, w);
            };
            var swap = orientation >= 5;
            var type = image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
            var target = new BufferedImage(
                    swap ? image.getHeight() : image.getWidth(), swap ? image.getWidth() : image.getHeight(), type);
            var graphics = target.createGraphics();
            try {
                graphics.drawImage(image, transform, null);
            } finally {
                graphics.dispose();
            }
            return target;
        }
    }
}

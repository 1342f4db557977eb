package shop.atelier.uploads;

/** Which form of a material a link serves. */
public enum Rendition {
    /** A small JPEG preview of a photo or image proof (shown inline). */
    THUMBNAIL,
    /** The stored content, shown inline where the browser can (images, video, PDF, text). */
    CONTENT,
    /** The stored content as a download ({@code Content-Disposition: attachment}). */
    DOWNLOAD
}

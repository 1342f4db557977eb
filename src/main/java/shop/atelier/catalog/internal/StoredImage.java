package shop.atelier.catalog.internal;

/** The bytes of an uploaded product image and their media type. */
public record StoredImage(String contentType, byte[] bytes) {}

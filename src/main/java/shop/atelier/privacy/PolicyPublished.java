package shop.atelier.privacy;

/**
 * A version of the privacy policy was published and is now in force (promise V1). On a material
 * change registered customers must be told.
 *
 * @param version the label of the version, e.g. {@code 2026-12-01}
 * @param material whether the change is material: people must be told of it
 */
public record PolicyPublished(String version, boolean material) {}

package shop.atelier.privacy;

/**
 * The privacy policy's published versions (promise V1). Every consent record names the version in
 * force when it was given.
 */
public interface PolicyVersions {

    /** The label of the version in force now, e.g. {@code 2026-11-27}. */
    String current();
}

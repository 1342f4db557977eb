package shop.atelier.privacy;

import java.util.Optional;

/**
 * The privacy policy's published versions (promise V1). Every consent record names the version in
 * force when it was given.
 */
public interface PolicyVersions {

    /** The label of the version in force now, e.g. {@code 2026-11-27}. */
    String current();

    /** What changed in a published version, in the privacy officer's words; empty for an unknown label. */
    Optional<String> summaryOf(String version);
}

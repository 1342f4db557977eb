/**
 * Versions of the privacy policy (promise V1): drafts, publication, the version in force and the
 * notice of a material change that signed-in people see until they dismiss it.
 */
@NullMarked
package shop.atelier.privacy.internal.policy;

import org.jspecify.annotations.NullMarked;

/**
 * The contract between the privacy engine and every module holding personal data: what it holds
 * and why ({@link shop.atelier.privacy.spi.PersonalDataHolder#inventory()}), everything about one
 * person ({@code export}), and erasure that reports what the law forces the shop to keep ({@code
 * erase}).
 */
@NamedInterface("spi")
@NullMarked
package shop.atelier.privacy.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;

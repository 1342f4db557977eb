/** The disclosure register, legal holds and the audit chain, stored with JdbcClient. */
@NullMarked
package shop.atelier.privacy.internal;

import org.jspecify.annotations.NullMarked;

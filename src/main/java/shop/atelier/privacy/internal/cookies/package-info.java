/**
 * Cookie consent (promises K1, K2): the consent cookie, the server-side proof of each choice and the
 * filter that tells every page what the visitor allows.
 */
@NullMarked
package shop.atelier.privacy.internal.cookies;

import org.jspecify.annotations.NullMarked;

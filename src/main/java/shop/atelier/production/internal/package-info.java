@NullMarked
package shop.atelier.production.internal;

import org.jspecify.annotations.NullMarked;

@NullMarked
package shop.atelier.shipping.internal;

import org.jspecify.annotations.NullMarked;

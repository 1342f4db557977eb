@NullMarked
package shop.atelier.marketing.internal;

import org.jspecify.annotations.NullMarked;

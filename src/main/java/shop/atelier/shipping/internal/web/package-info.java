@NullMarked
package shop.atelier.shipping.internal.web;

import org.jspecify.annotations.NullMarked;

@NullMarked
package shop.atelier.production.internal.web;

import org.jspecify.annotations.NullMarked;

@NullMarked
package shop.atelier.marketing.internal.web;

import org.jspecify.annotations.NullMarked;

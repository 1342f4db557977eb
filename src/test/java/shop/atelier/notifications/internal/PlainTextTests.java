package shop.atelier.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTests {

    @Test
    void keepsParagraphsAsLinesAndLinksWithTheirTarget() {
        var text = PlainText.of("<html><head><title>Hidden</title><style>p{color:red}</style></head><body>"
                + "<h1>Your order</h1><p>Hello <b>Ada</b>,<br>thanks &amp; welcome &lt;3</p>"
                + "<p>See <a href=\"https://shop.example/orders/1?a=1&amp;b=2\">your order</a>.</p>"
                + "<ul><li>Mug</li><li>Shirt</li></ul>"
                + "<p>Questions: <a href=\"mailto:privacy@shop.example\">privacy@shop.example</a>"
                + " or <a href=\"https://shop.example\">https://shop.example</a></p></body></html>");

        assertThat(text).isEqualTo("""
                        Your order

                        Hello Ada,
                        thanks & welcome <3

                        See your order (https://shop.example/orders/1?a=1&b=2).

                        - Mug
                        - Shirt

                        Questions: privacy@shop.example or https://shop.example""");
    }

    @Test
    void escapedMarkupStaysText() {
        assertThat(PlainText.of("<p>&lt;script&gt;alert(1)&lt;/script&gt; &#8364;5 &#x263A; &bogus;</p>"))
                .isEqualTo("<script>alert(1)</script> \u20ac5 \u263a &bogus;");
    }
}

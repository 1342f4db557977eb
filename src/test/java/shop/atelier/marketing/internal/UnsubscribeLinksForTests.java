package shop.atelier.marketing.internal;

import org.springframework.context.ApplicationContext;

/**
 * The path of the one-click unsubscribe link every promotional email to an address carries, for
 * tests outside this package that cannot send a campaign to every subscriber of a shared database.
 */
public final class UnsubscribeLinksForTests {

    private UnsubscribeLinksForTests() {}

    public static String path(ApplicationContext context, String email) {
        var keys = context.getBean(MarketingKeys.class);
        var links = context.getBean(UnsubscribeLinks.class);
        return "/unsubscribe/" + links.token(keys.addressHash(email));
    }
}

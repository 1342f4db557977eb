package shop.atelier.privacy.internal.web;

import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import shop.atelier.platform.ShopProperties;
import shop.atelier.privacy.internal.cookies.CookieList;
import shop.atelier.privacy.internal.policy.PolicyLibrary;
import shop.atelier.privacy.internal.policy.PolicyVersion;
import shop.atelier.privacy.spi.DataCategory;
import shop.atelier.privacy.spi.PersonalDataHolder;

/**
 * What the public privacy policy shows, generated from the code: the version's prose, then the data
 * map of every module holding personal data (category, what it is, why, legal basis, recipients,
 * retention), the cookies, the privacy contact and the published versions.
 */
@Component
class PolicyPages {

    /** One row of the published data map. */
    record MapEntry(String holder, DataCategory category) {}

    private final PolicyLibrary library;
    private final List<PersonalDataHolder> holders;
    private final CookieList cookies;
    private final ShopProperties shop;

    PolicyPages(PolicyLibrary library, List<PersonalDataHolder> holders, CookieList cookies, ShopProperties shop) {
        this.library = library;
        this.holders = holders;
        this.cookies = cookies;
        this.shop = shop;
    }

    /** Every category of personal data every holder declares, grouped by holder in a stable order. */
    List<MapEntry> dataMap() {
        return holders.stream()
                .map(PersonalDataHolder::inventory)
                .sorted(Comparator.comparing(inventory -> inventory.holder()))
                .flatMap(inventory -> inventory.categories().stream().map(c -> new MapEntry(inventory.holder(), c)))
                .toList();
    }

    void policyPage(@Nullable PolicyVersion version, Model model) {
        model.addAttribute("policyVersion", version);
        model.addAttribute("label", version == null ? library.current() : version.label());
        model.addAttribute(
                "prose",
                version == null ? List.of() : PolicyProse.blocks(version.body(), shop.name(), shop.privacyContact()));
        model.addAttribute("dataMap", dataMap());
        model.addAttribute("cookies", cookies.all());
        model.addAttribute("history", library.published());
    }
}

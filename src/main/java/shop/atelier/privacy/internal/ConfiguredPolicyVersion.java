package shop.atelier.privacy.internal;

import org.springframework.stereotype.Component;
import shop.atelier.platform.ShopProperties;
import shop.atelier.privacy.PolicyVersions;

/** The policy version from configuration ({@code atelier.shop.policy-version}). */
@Component
class ConfiguredPolicyVersion implements PolicyVersions {

    private final ShopProperties shop;

    ConfiguredPolicyVersion(ShopProperties shop) {
        this.shop = shop;
    }

    @Override
    public String current() {
        return shop.policyVersion();
    }
}

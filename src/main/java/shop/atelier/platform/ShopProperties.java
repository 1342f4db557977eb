package shop.atelier.platform;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Who the shop is: its name, the privacy contact published on the policy and in every email footer
 * (promise X1), the address customers reach it at, its default currency, and the version of the
 * privacy policy in force, which every consent record names.
 */
@Validated
@ConfigurationProperties("atelier.shop")
public record ShopProperties(
        @NotBlank String name,
        @NotBlank @Email String privacyContact,
        @NotBlank @Email String mailFrom,
        URI baseUrl,
        @NotBlank String currency,
        @NotBlank String policyVersion) {}

package shop.atelier.rights.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.springframework.stereotype.Component;
import shop.atelier.privacy.spi.PersonalDataHolder;

/**
 * What an erasure will keep and why, told before the person confirms it: the categories whose
 * columns the data map declares kept on erasure, with their legal basis and retention rule.
 */
@Component
public class ErasurePreview {

    /** One category an erasure keeps. */
    public record KeptCategory(String holder, String category, String description, String purpose, String retention) {}

    private final List<PersonalDataHolder> holders;

    ErasurePreview(List<PersonalDataHolder> holders) {
        this.holders = List.copyOf(holders);
    }

    public List<KeptCategory> kept() {
        var kept = new ArrayList<KeptCategory>();
        for (var holder : holders) {
            var inventory = holder.inventory();
            var keptColumns = new HashSet<>(inventory.keptOnErasure());
            for (var category : inventory.categories()) {
                if (category.columns().stream().anyMatch(keptColumns::contains)) {
                    kept.add(new KeptCategory(
                            inventory.holder(),
                            category.id(),
                            category.description(),
                            category.purpose(),
                            category.retention()));
                }
            }
        }
        return kept;
    }

    /**
     * A category's description in plain words for receipts: a holder reports a category by its id,
     * alone or followed by details ({@code communication.email_sent: 3 emails}); text that names no
     * declared category is shown as it is.
     */
    public String describe(String reported) {
        var separator = reported.indexOf(": ");
        var id = separator < 0 ? reported : reported.substring(0, separator);
        for (var holder : holders) {
            for (var category : holder.inventory().categories()) {
                if (category.id().equals(id)) {
                    return separator < 0
                            ? category.description()
                            : category.description() + " (" + reported.substring(separator + 2) + ")";
                }
            }
        }
        return reported;
    }

    /** What the shop holds, by category, for the privacy center's overview. */
    public List<KeptCategory> held() {
        var held = new ArrayList<KeptCategory>();
        for (var holder : holders) {
            var inventory = holder.inventory();
            for (var category : inventory.categories()) {
                held.add(new KeptCategory(
                        inventory.holder(),
                        category.id(),
                        category.description(),
                        category.purpose(),
                        category.retention()));
            }
        }
        return held;
    }
}

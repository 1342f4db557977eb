package shop.atelier.rights;

import java.time.Instant;
import java.util.List;
import shop.atelier.privacy.spi.ErasureReport;

/**
 * What an erasure did: per module, what was erased and what was kept, why and until when; or, when a
 * legal hold stood, that nothing was erased and why.
 *
 * @param holds the reasons of the standing legal holds that blocked the erasure (empty when it ran)
 * @param reports one per holder (empty when blocked)
 */
public record ErasureReceipt(Instant at, List<String> holds, List<ErasureReport> reports) {

    public ErasureReceipt {
        holds = List.copyOf(holds);
        reports = List.copyOf(reports);
    }

    public boolean blocked() {
        return !holds.isEmpty();
    }
}

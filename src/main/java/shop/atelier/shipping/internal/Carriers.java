package shop.atelier.shipping.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import shop.atelier.platform.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

/** The carriers configured under {@code atelier.shipping.carriers}, in their configured order. */
@Component
public class Carriers {

    private final Map<String, CarrierGateway> byCode = new LinkedHashMap<>();

    Carriers(ShippingProperties properties, JsonMapper json) {
        for (var carrier : properties.carriers()) {
            var gateway = switch (carrier.type()) {
                case MANUAL -> new ManualCarrier(carrier);
                case HTTP -> new HttpCarrier(carrier, json);
            };
            if (byCode.putIfAbsent(carrier.code(), gateway) != null) {
                throw new IllegalStateException("Two carriers with the code " + carrier.code());
            }
        }
    }

    public List<CarrierGateway> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<CarrierGateway> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public CarrierGateway get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("No carrier " + code));
    }
}

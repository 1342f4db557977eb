package shop.atelier.shipping.internal;

/** What every carrier takes from its configuration: code, name and whether its labels need a phone. */
abstract class ConfiguredCarrier implements CarrierGateway {

    protected final ShippingProperties.Carrier carrier;

    ConfiguredCarrier(ShippingProperties.Carrier carrier) {
        this.carrier = carrier;
    }

    @Override
    public String code() {
        return carrier.code();
    }

    @Override
    public String name() {
        return carrier.name();
    }

    @Override
    public boolean requiresPhone() {
        return carrier.requiresPhone();
    }
}

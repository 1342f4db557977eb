package shop.atelier.orders.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import shop.atelier.orders.OrderCancelled;
import shop.atelier.uploads.UploadScope;
import shop.atelier.uploads.Uploads;

/**
 * Deletes the materials uploaded for an order once it is cancelled (by staff, or because it stayed
 * unpaid): they were never part of a paid order (promise M2). Handled after the cancellation
 * commits and retried until it succeeds (the event publication registry keeps the event), so a
 * crash between the two leaves no upload behind; destroying a scope twice is harmless.
 */
@Component
class UploadsOfCancelledOrders {

    private final Uploads uploads;

    UploadsOfCancelledOrders(Uploads uploads) {
        this.uploads = uploads;
    }

    @ApplicationModuleListener
    void on(OrderCancelled event) {
        uploads.destroyScope(UploadScope.order(event.orderId().value()));
    }
}

package shop.atelier.shipping.internal.web;

import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;
import shop.atelier.orders.IllegalOrderTransition;
import shop.atelier.orders.OrderId;
import shop.atelier.orders.Orders;
import shop.atelier.platform.NotFoundException;
import shop.atelier.shipping.internal.AlreadyShipped;
import shop.atelier.shipping.internal.CarrierGateway;
import shop.atelier.shipping.internal.CarrierUnavailable;
import shop.atelier.shipping.internal.Carriers;
import shop.atelier.shipping.internal.NotMadeYet;
import shop.atelier.shipping.internal.ShippingService;

/**
 * Staff: orders in production waiting for a parcel, shipping one with a carrier, the shipments
 * (problems first) with their tracking reports, and for manual carriers the label sheet and CSV.
 */
@Controller
@RequestMapping("/staff/shipping")
class StaffShippingController {

    static final int RECENT = 50;

    private final ShippingService shipping;
    private final Carriers carriers;
    private final Orders orders;

    StaffShippingController(ShippingService shipping, Carriers carriers, Orders orders) {
        this.shipping = shipping;
        this.carriers = carriers;
        this.orders = orders;
    }

    @InitBinder("shipmentForm")
    void onlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields("carrier", "weightGrams", "lengthCm", "widthCm", "heightCm");
    }

    @ModelAttribute("carriers")
    List<CarrierGateway> carriers() {
        return carriers.all();
    }

    @GetMapping
    ModelAndView overview() {
        return new ModelAndView("shipping/staff-shipping")
                .addObject("ready", shipping.readyToShip())
                .addObject("shipments", shipping.recent(RECENT));
    }

    @GetMapping("/orders/{orderId}")
    ModelAndView newShipment(@PathVariable UUID orderId) {
        return form(orderId, ShipmentForm.empty(carriers.all().getFirst().code()));
    }

    @PostMapping("/orders/{orderId}")
    ModelAndView ship(
            @PathVariable UUID orderId,
            @Valid @ModelAttribute("shipmentForm") ShipmentForm form,
            BindingResult errors,
            RedirectAttributes flash) {
        if (form.carrier() != null && carriers.find(form.carrier()).isEmpty()) {
            errors.rejectValue("carrier", "shipping.form.carrier.unknown");
        }
        if (errors.hasErrors()) {
            return status(
                    form(orderId, form).addObject(BindingResult.MODEL_KEY_PREFIX + "shipmentForm", errors),
                    HttpStatus.BAD_REQUEST);
        }
        try {
            var shipment =
                    shipping.dispatch(new OrderId(orderId), Objects.requireNonNull(form.carrier()), form.parcel());
            flash.addFlashAttribute("message", "shipping.shipment.dispatched");
            return seeOther("/staff/shipping/shipments/" + shipment.id());
        } catch (AlreadyShipped | IllegalOrderTransition e) {
            return status(form(orderId, form).addObject("error", "shipping.form.not-ready"), HttpStatus.CONFLICT);
        } catch (NotMadeYet e) {
            return status(form(orderId, form).addObject("error", "shipping.form.not-made"), HttpStatus.CONFLICT);
        } catch (CarrierUnavailable e) {
            return status(
                    form(orderId, form).addObject("error", "shipping.form.carrier-unavailable"),
                    HttpStatus.BAD_GATEWAY);
        }
    }

    @GetMapping("/shipments/{id}")
    ModelAndView shipment(@PathVariable UUID id) {
        var shipment = shipping.shipment(id);
        return new ModelAndView("shipping/staff-shipment")
                .addObject("shipment", shipment)
                .addObject("carrier", carriers.find(shipment.carrierCode()).orElse(null))
                .addObject("reports", shipping.reports(id));
    }

    @GetMapping("/shipments/{id}/label")
    ModelAndView labelSheet(@PathVariable UUID id, Authentication staff) {
        var shipment = shipping.shipment(id);
        return new ModelAndView("shipping/label-sheet")
                .addObject("shipment", shipment)
                .addObject("carrier", carriers.get(shipment.carrierCode()))
                .addObject("data", shipping.printableLabel(id, staff.getName()));
    }

    @GetMapping("/shipments/{id}/label.csv")
    ResponseEntity<byte[]> labelCsv(@PathVariable UUID id, Authentication staff) {
        var shipment = shipping.shipment(id);
        var csv = LabelCsv.of(shipping.printableLabel(id, staff.getName()), shipment.trackingNumber());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("label-" + shipment.orderNumber() + ".csv")
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }

    private ModelAndView form(UUID orderId, ShipmentForm form) {
        var order = orders.summary(new OrderId(orderId)).orElseThrow(() -> new NotFoundException("No such order"));
        return new ModelAndView("shipping/staff-new-shipment")
                .addObject("order", order)
                .addObject("shipmentForm", form);
    }

    private static ModelAndView status(ModelAndView view, HttpStatus status) {
        view.setStatus(status);
        return view;
    }

    private static ModelAndView seeOther(String path) {
        var redirect = new RedirectView(path, true);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        return new ModelAndView(redirect);
    }
}

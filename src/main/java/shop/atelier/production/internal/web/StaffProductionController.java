package shop.atelier.production.internal.web;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import shop.atelier.orders.OrderId;
import shop.atelier.platform.BusinessRuleException;
import shop.atelier.production.JobId;
import shop.atelier.production.WorkshopId;
import shop.atelier.production.internal.ProductionService;

/**
 * Staff: the jobs to follow (open, and rejected ones waiting to be given anew), an order's lines
 * with their jobs, and the form that gives a line to a workshop.
 */
@Controller
class StaffProductionController {

    /** How many orders waiting for a workshop the overview lists (oldest first). */
    static final int AWAITING_SHOWN = 100;

    private final ProductionService production;

    StaffProductionController(ProductionService production) {
        this.production = production;
    }

    @GetMapping("/staff/production")
    Object overview(@RequestParam(name = "order", required = false) @Nullable String number) {
        if (number != null && !number.isBlank()) {
            var order = production.order(number);
            if (order.isPresent()) {
                return "redirect:/staff/production/orders/"
                        + order.get().order().id();
            }
        }
        var page = new ModelAndView("production/staff-production")
                .addObject("awaiting", production.awaitingAssignment(AWAITING_SHOWN))
                .addObject("jobs", production.needingAttention())
                .addObject("workshopNames", production.workshopNames())
                .addObject("searched", number);
        if (number != null && !number.isBlank()) {
            page.setStatus(HttpStatus.NOT_FOUND);
        }
        return page;
    }

    @GetMapping("/staff/production/orders/{id}")
    ModelAndView order(@PathVariable UUID id) {
        return orderPage(id, null, null, null);
    }

    @PostMapping("/staff/production/orders/{id}/lines/{lineId}")
    Object assign(
            @PathVariable UUID id,
            @PathVariable UUID lineId,
            @Valid @ModelAttribute("assignForm") Forms.AssignForm form,
            BindingResult errors,
            Principal staff,
            RedirectAttributes redirect) {
        if (errors.hasErrors() || form.workshopId() == null || form.dueOn() == null) {
            return orderPage(id, lineId, errors, null).addObject("assignForm", form);
        }
        try {
            production.assign(
                    new OrderId(id), lineId, new WorkshopId(form.workshopId()), form.dueOn(), staff.getName());
        } catch (BusinessRuleException | IllegalArgumentException refused) {
            return orderPage(id, lineId, null, refused.getMessage());
        }
        redirect.addFlashAttribute("notice", "production.staff.assigned");
        return "redirect:/staff/production/orders/" + id;
    }

    @PostMapping("/staff/production/jobs/{jobId}/withdraw")
    String withdraw(@PathVariable UUID jobId, RedirectAttributes redirect) {
        var job = production.withdraw(new JobId(jobId));
        redirect.addFlashAttribute("notice", "production.staff.withdrawn");
        return "redirect:/staff/production/orders/" + job.orderId();
    }

    private ModelAndView orderPage(
            UUID id, @Nullable UUID lineId, @Nullable BindingResult errors, @Nullable String problem) {
        var page = new ModelAndView("production/staff-order")
                .addObject("order", production.order(new OrderId(id)))
                .addObject(
                        "workshops",
                        production.workshops().stream().filter(w -> w.active()).toList())
                .addObject("workshopNames", production.workshopNames())
                .addObject("assignForm", new Forms.AssignForm(null, null))
                .addObject("errorLine", lineId)
                .addObject("assignInvalid", errors != null)
                .addObject("problem", problem);
        if (errors != null) {
            page.addObject(BindingResult.MODEL_KEY_PREFIX + "assignForm", errors);
            page.setStatus(HttpStatus.BAD_REQUEST);
        } else if (problem != null) {
            page.setStatus(HttpStatus.CONFLICT);
        }
        return page;
    }
}

package shop.atelier.production.internal.web;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import shop.atelier.platform.BusinessRuleException;
import shop.atelier.production.WorkshopId;
import shop.atelier.production.internal.ProductionService;

/** Staff: the workshops, and per workshop its details and craftsmen. */
@Controller
class StaffWorkshopController {

    private final ProductionService production;

    StaffWorkshopController(ProductionService production) {
        this.production = production;
    }

    @InitBinder
    void noIds(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/staff/workshops")
    ModelAndView list() {
        return listPage(Forms.WorkshopForm.empty(), null, null);
    }

    @PostMapping("/staff/workshops")
    Object create(
            @Valid @ModelAttribute("workshopForm") Forms.WorkshopForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        if (errors.hasErrors() || form.name() == null) {
            return listPage(form, errors, null);
        }
        try {
            var workshop = production.createWorkshop(form.name(), form.contactEmail(), form.active());
            redirect.addFlashAttribute("notice", "production.workshops.created");
            return "redirect:/staff/workshops/" + workshop.id();
        } catch (BusinessRuleException refused) {
            return listPage(form, errors, refused.getMessage());
        }
    }

    @GetMapping("/staff/workshops/{id}")
    ModelAndView show(@PathVariable UUID id) {
        var workshop = production.workshop(new WorkshopId(id));
        return detailPage(
                id,
                new Forms.WorkshopForm(workshop.name(), workshop.contactEmail(), workshop.active()),
                new Forms.MemberForm(null, null),
                null);
    }

    @PostMapping("/staff/workshops/{id}")
    Object update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("workshopForm") Forms.WorkshopForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        if (errors.hasErrors() || form.name() == null) {
            return invalid(detailPage(id, form, new Forms.MemberForm(null, null), null)
                    .addObject(BindingResult.MODEL_KEY_PREFIX + "workshopForm", errors));
        }
        try {
            production.updateWorkshop(new WorkshopId(id), form.name(), form.contactEmail(), form.active());
        } catch (BusinessRuleException refused) {
            return detailPage(id, form, new Forms.MemberForm(null, null), refused.getMessage());
        }
        redirect.addFlashAttribute("notice", "production.workshops.saved");
        return "redirect:/staff/workshops/" + id;
    }

    @PostMapping("/staff/workshops/{id}/members")
    Object invite(
            @PathVariable UUID id,
            @Valid @ModelAttribute("memberForm") Forms.MemberForm form,
            BindingResult errors,
            Principal staff,
            RedirectAttributes redirect) {
        var workshop = production.workshop(new WorkshopId(id));
        var workshopForm = new Forms.WorkshopForm(workshop.name(), workshop.contactEmail(), workshop.active());
        if (errors.hasErrors() || form.name() == null || form.email() == null) {
            return invalid(detailPage(id, workshopForm, form, null)
                    .addObject(BindingResult.MODEL_KEY_PREFIX + "memberForm", errors));
        }
        try {
            production.invite(new WorkshopId(id), form.name(), form.email(), staff.getName());
        } catch (BusinessRuleException refused) {
            return detailPage(id, workshopForm, form, refused.getMessage());
        }
        redirect.addFlashAttribute("notice", "production.members.invited");
        return "redirect:/staff/workshops/" + id;
    }

    @PostMapping("/staff/workshops/{id}/members/{accountId}/remove")
    String remove(@PathVariable UUID id, @PathVariable UUID accountId, RedirectAttributes redirect) {
        production.removeMember(new WorkshopId(id), accountId);
        redirect.addFlashAttribute("notice", "production.members.removed");
        return "redirect:/staff/workshops/" + id;
    }

    private static ModelAndView invalid(ModelAndView page) {
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }

    private ModelAndView listPage(Forms.WorkshopForm form, @Nullable BindingResult errors, @Nullable String problem) {
        var page = new ModelAndView("production/staff-workshops")
                .addObject("workshops", production.workshops())
                .addObject("workshopForm", form)
                .addObject("problem", problem);
        if (errors != null) {
            page.setStatus(problem != null ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST);
        }
        return page;
    }

    private ModelAndView detailPage(
            UUID id, Forms.WorkshopForm workshopForm, Forms.MemberForm memberForm, @Nullable String problem) {
        var page = new ModelAndView("production/staff-workshop")
                .addObject("details", production.details(new WorkshopId(id)))
                .addObject("workshopForm", workshopForm)
                .addObject("memberForm", memberForm)
                .addObject("problem", problem);
        if (problem != null) {
            page.setStatus(HttpStatus.CONFLICT);
        }
        return page;
    }
}

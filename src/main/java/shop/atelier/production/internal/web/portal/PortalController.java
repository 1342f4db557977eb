package shop.atelier.production.internal.web.portal;

import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import shop.atelier.production.JobId;
import shop.atelier.production.internal.WorkshopPortal;

/**
 * The workshop portal: a craftsman's open jobs and one job's page with what making it needs.
 * Every request checks role, membership and (for a job) that it is the workshop's and open.
 */
@Controller
class PortalController {

    private final Craftsmen craftsmen;
    private final WorkshopPortal portal;
    private final PortalViews views;

    PortalController(Craftsmen craftsmen, WorkshopPortal portal, PortalViews views) {
        this.craftsmen = craftsmen;
        this.portal = portal;
        this.views = views;
    }

    @GetMapping({"/workshop", "/workshop/jobs"})
    ModelAndView jobs() {
        var membership = craftsmen.current();
        return new ModelAndView("production/portal/jobs")
                .addObject("workshopName", membership.workshop().name())
                .addObject(
                        "jobs",
                        portal.openJobs(membership).stream().map(views::item).toList());
    }

    @GetMapping("/workshop/jobs/{id}")
    ModelAndView job(@PathVariable UUID id) {
        return page(new RejectForm(null), null, id);
    }

    @PostMapping("/workshop/jobs/{id}/start")
    String start(@PathVariable UUID id, RedirectAttributes redirect) {
        portal.start(craftsmen.current(), new JobId(id));
        redirect.addFlashAttribute("notice", "production.portal.started");
        return "redirect:/workshop/jobs/" + id;
    }

    @PostMapping("/workshop/jobs/{id}/done")
    String done(@PathVariable UUID id, RedirectAttributes redirect) {
        portal.finish(craftsmen.current(), new JobId(id));
        redirect.addFlashAttribute("notice", "production.portal.finished");
        return "redirect:/workshop/jobs";
    }

    @PostMapping("/workshop/jobs/{id}/reject")
    Object reject(
            @PathVariable UUID id,
            @Valid @ModelAttribute("rejectForm") RejectForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        var membership = craftsmen.current();
        if (errors.hasErrors() || form.reason() == null) {
            return page(form, errors, id).addObject("rejectOpen", true);
        }
        portal.reject(membership, new JobId(id), form.reason());
        redirect.addFlashAttribute("notice", "production.portal.rejected");
        return "redirect:/workshop/jobs";
    }

    private ModelAndView page(RejectForm form, @org.jspecify.annotations.Nullable BindingResult errors, UUID id) {
        var membership = craftsmen.current();
        var job = views.view(membership, portal.view(membership, new JobId(id)));
        var page = new ModelAndView("production/portal/job")
                .addObject("workshopName", membership.workshop().name())
                .addObject("job", job)
                .addObject("rejectForm", form);
        if (errors != null) {
            page.setStatus(org.springframework.http.HttpStatus.BAD_REQUEST);
            page.addObject(BindingResult.MODEL_KEY_PREFIX + "rejectForm", errors);
        }
        return page;
    }
}

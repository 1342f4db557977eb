package shop.atelier.marketing.internal.web;

import jakarta.validation.Valid;
import java.util.UUID;
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
import org.springframework.web.servlet.view.RedirectView;
import shop.atelier.marketing.internal.CampaignService;

/**
 * Staff campaigns: the list with each campaign's state and counts, writing a draft, its preview, and
 * sending it to the confirmed subscribers (queued, sent at the configured rate).
 */
@Controller
class StaffCampaignController {

    static final String FORM = "campaignForm";

    private final CampaignService campaigns;

    StaffCampaignController(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @InitBinder(FORM)
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields("subject", "body");
    }

    @GetMapping("/staff/marketing")
    ModelAndView overview() {
        return new ModelAndView("marketing/staff-campaigns")
                .addObject("campaigns", campaigns.recent())
                .addObject("audience", campaigns.audience());
    }

    @GetMapping("/staff/marketing/campaigns/new")
    ModelAndView newCampaign() {
        return new ModelAndView("marketing/staff-campaign-new").addObject(FORM, CampaignForm.EMPTY);
    }

    @PostMapping("/staff/marketing/campaigns")
    ModelAndView create(@Valid @ModelAttribute(FORM) CampaignForm form, BindingResult binding) {
        if (binding.hasErrors()) {
            var page = new ModelAndView("marketing/staff-campaign-new").addAllObjects(binding.getModel());
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
        var id = campaigns.draft(form.subject(), form.body());
        return seeOther("/staff/marketing/campaigns/" + id);
    }

    @GetMapping("/staff/marketing/campaigns/{id}")
    ModelAndView campaign(@PathVariable UUID id) {
        return new ModelAndView("marketing/staff-campaign")
                .addObject("campaign", campaigns.campaign(id))
                .addObject("audience", campaigns.audience());
    }

    @PostMapping("/staff/marketing/campaigns/{id}/send")
    ModelAndView send(@PathVariable UUID id, RedirectAttributes flash) {
        var queued = campaigns.send(id);
        flash.addFlashAttribute("queued", queued);
        return seeOther("/staff/marketing/campaigns/" + id);
    }

    private static ModelAndView seeOther(String path) {
        var redirect = new RedirectView(path, true);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        return new ModelAndView(redirect);
    }
}
